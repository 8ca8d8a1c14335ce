from ..accounts.models import User
from .meetings import (
    AgendaItemBlock,
    MeetingArchivePage,
    MeetingFormat,
    MeetingPage,
    MeetingPageDocument,
    MeetingPageParticipant,
    MeetingPagePhoto,
    MeetingPageTask,
    MeetingPageTopic,
)
from .pages import MembersAreaPage
from .profiles import DeletionRequest, MemberProfile
from .registrations import CalendarFeed, Registration, RegistrationOptions

__all__ = [
    "AgendaItemBlock",
    "CalendarFeed",
    "DeletionRequest",
    "MeetingArchivePage",
    "MeetingFormat",
    "MeetingPage",
    "MeetingPageDocument",
    "MeetingPageParticipant",
    "MeetingPagePhoto",
    "MeetingPageTask",
    "MeetingPageTopic",
    "MemberProfile",
    "MembersAreaPage",
    "Registration",
    "RegistrationOptions",
    "User",
]
