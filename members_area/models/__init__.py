from ..accounts.models import User
from .pages import MembersAreaPage
from .profiles import DeletionRequest, MemberProfile

__all__ = ["DeletionRequest", "MemberProfile", "MembersAreaPage", "User"]
