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
    "DigestLog",
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
    "PeerCoachingPage",
    "PeerCoachingRequest",
    "Registration",
    "RegistrationOptions",
    "SurveyField",
    "SurveyPage",
    "SurveySubmission",
    "User",
    "WorkingRoomMute",
    "WorkingRoomPage",
    "WorkingRoomPageDocument",
    "WorkingRoomPost",
]
