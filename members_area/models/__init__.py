from ..accounts.models import User
from .formats import (
    DigestLog,
    PeerCoachingPage,
    PeerCoachingRequest,
    SurveyField,
    SurveyPage,
    SurveySubmission,
    WorkingRoomMute,
    WorkingRoomPage,
    WorkingRoomPageDocument,
    WorkingRoomPost,
)
from .pages import MembersAreaPage
from .profiles import DeletionRequest, MemberProfile

__all__ = [
    "DeletionRequest",
    "DigestLog",
    "MemberProfile",
    "MembersAreaPage",
    "PeerCoachingPage",
    "PeerCoachingRequest",
    "SurveyField",
    "SurveyPage",
    "SurveySubmission",
    "User",
    "WorkingRoomMute",
    "WorkingRoomPage",
    "WorkingRoomPageDocument",
    "WorkingRoomPost",
]
