"""Texts of the members area's demo pages in English, with their de, es and pt translations (keys: the English text)."""

MEMBERS_AREA = {
    "slug": "members",
    "title": "Members area",
    "introduction": (
        "Your workspace in the network: what is new since your last visit, the next network events and what you have "
        "shared with the other members."
    ),
    "search_description": "The private workspace of the network's national and municipal representatives.",
}

TRANSLATIONS = {
    "de": {
        "Members area": "Mitgliederbereich",
        "Your workspace in the network: what is new since your last visit, the next network events and what you have shared with the other members.": "Ihr Arbeitsbereich im Netzwerk: was seit Ihrem letzten Besuch neu ist, die nächsten Netzwerkveranstaltungen und was Sie mit den anderen Mitgliedern geteilt haben.",
        "The private workspace of the network's national and municipal representatives.": "Der geschützte Arbeitsbereich der nationalen und kommunalen Vertreterinnen und Vertreter des Netzwerks.",
    },
    "es": {
        "Members area": "Área de miembros",
        "Your workspace in the network: what is new since your last visit, the next network events and what you have shared with the other members.": "Su espacio de trabajo en la red: las novedades desde su última visita, los próximos eventos de la red y lo que ha compartido con los demás miembros.",
        "The private workspace of the network's national and municipal representatives.": "El espacio de trabajo privado de los representantes nacionales y municipales de la red.",
    },
    "pt": {
        "Members area": "Área de membros",
        "Your workspace in the network: what is new since your last visit, the next network events and what you have shared with the other members.": "O seu espaço de trabalho na rede: as novidades desde a sua última visita, os próximos eventos da rede e o que partilhou com os outros membros.",
        "The private workspace of the network's national and municipal representatives.": "O espaço de trabalho privado dos representantes nacionais e municipais da rede.",
    },
}
