"""The knowledge base: good practices, projects, experts and the financing models they are tagged with.

The vocabulary they tag with (`Topic`, `Country`, `City`) lives on the ground floor, in `home.models.taxonomy`.
"""

from knowledge.choices import Status

from .contributions import Contribution
from .entries import KnowledgeEntryPage
from .experts import Expert, ExpertDirectoryPage, ExpertTopic
from .financing import FinancingModel
from .good_practices import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticePageContact,
    GoodPracticePageDocument,
    GoodPracticePageImage,
    GoodPracticePageProject,
    GoodPracticePageTopic,
)
from .projects import (
    BudgetRange,
    ProjectIndexPage,
    ProjectPage,
    ProjectPageContact,
    ProjectPageDocument,
    ProjectPagePartner,
    ProjectPageTopic,
)

__all__ = [
    "BudgetRange",
    "Contribution",
    "Expert",
    "ExpertDirectoryPage",
    "ExpertTopic",
    "FinancingModel",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "GoodPracticePageContact",
    "GoodPracticePageDocument",
    "GoodPracticePageImage",
    "GoodPracticePageProject",
    "GoodPracticePageTopic",
    "KnowledgeEntryPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageContact",
    "ProjectPageDocument",
    "ProjectPagePartner",
    "ProjectPageTopic",
    "Status",
]
