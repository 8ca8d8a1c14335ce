"""Demo content of the public outreach site: topics, news, events, partners, contact, in en/de/es/pt.

Texts follow the 2019 Stuttgart meeting document. Every English string is written once with its translations through
`t(en, de, es, pt)`, which returns the English text and files the translations in TRANSLATIONS under the exact
string wagtail-localize extracts (one per field, block, list item or paragraph).
"""

import datetime

from django.utils.html import escape

TRANSLATIONS: dict[str, dict[str, str]] = {"de": {}, "es": {}, "pt": {}}


def t(en: str, de: str, es: str, pt: str) -> str:
    for code, text in (("de", de), ("es", es), ("pt", pt)):
        TRANSLATIONS[code][en] = text
        # wagtail-localize extracts plain-text fields HTML-escaped ("Financing &amp; Operator Models").
        TRANSLATIONS[code][escape(en)] = escape(text)
    return en


# --- Taxonomy (snippets) ---------------------------------------------------------------------------------------------

TOPICS = [
    {
        "slug": "digital-inclusion",
        "sort_order": 1,
        "name": t("Digital Inclusion", "Digitale Inklusion", "Inclusión digital", "Inclusão digital"),
        "description": t(
            "Opportunity, access, knowledge and skills: making the possibilities of digital transformation available to every citizen.",
            "Chancen, Zugang, Wissen und Fähigkeiten: die Möglichkeiten der digitalen Transformation allen Bürgerinnen und Bürgern zugänglich machen.",
            "Oportunidades, acceso, conocimiento y habilidades: poner las posibilidades de la transformación digital al alcance de toda la ciudadanía.",
            "Oportunidades, acesso, conhecimento e competências: pôr as possibilidades da transformação digital ao alcance de todos os cidadãos.",
        ),
    },
    {
        "slug": "financing-operator-models",
        "sort_order": 2,
        "name": t(
            "Financing & Operator Models",
            "Finanzierungs- und Betreibermodelle",
            "Modelos de financiación y operación",
            "Modelos de financiamento e operação",
        ),
        "description": t(
            "New ways for municipalities to finance smart urban development and to decide which services the public sector leads or owns.",
            "Neue Wege für Kommunen, eine smarte Stadtentwicklung zu finanzieren und zu entscheiden, welche Dienste der öffentliche Sektor führt oder besitzt.",
            "Nuevas formas para que los municipios financien el desarrollo urbano inteligente y decidan qué servicios lidera o posee el sector público.",
            "Novas formas de os municípios financiarem o desenvolvimento urbano inteligente e decidirem que serviços o setor público lidera ou detém.",
        ),
    },
    {
        "slug": "data-management-governance",
        "sort_order": 3,
        "name": t(
            "Data Management & Governance",
            "Datenmanagement und Data Governance",
            "Gestión y gobernanza de datos",
            "Gestão e governança de dados",
        ),
        "description": t(
            "Comprehensive structures for collecting, securing and using urban data for transparent planning and decision-making.",
            "Umfassende Strukturen, um städtische Daten zu erheben, zu sichern und für transparente Planung und Entscheidungen zu nutzen.",
            "Estructuras integrales para recopilar, proteger y usar los datos urbanos en una planificación y toma de decisiones transparentes.",
            "Estruturas abrangentes para recolher, proteger e usar dados urbanos num planeamento e numa tomada de decisão transparentes.",
        ),
    },
    {
        "slug": "climate",
        "sort_order": 4,
        "name": t(
            "Climate change mitigation and adaptation",
            "Klimaschutz und Klimaanpassung",
            "Mitigación y adaptación al cambio climático",
            "Mitigação e adaptação às alterações climáticas",
        ),
        "description": t(
            "The role of digital transformation in evidence-based climate plans, energy efficiency and climate-resilient infrastructure.",
            "Die Rolle der digitalen Transformation für evidenzbasierte Klimapläne, Energieeffizienz und klimaresiliente Infrastruktur.",
            "El papel de la transformación digital en planes climáticos basados en evidencia, la eficiencia energética y la infraestructura resiliente al clima.",
            "O papel da transformação digital em planos climáticos baseados em evidências, na eficiência energética e em infraestruturas resilientes ao clima.",
        ),
    },
]

# ISO code, English name with translations, cities (name, state, latitude, longitude)
COUNTRIES = [
    (
        "BR",
        t("Brazil", "Brasilien", "Brasil", "Brasil"),
        [("Fortaleza", "Ceará", -3.71722, -38.54306), ("Hortolândia", "São Paulo", -22.85833, -47.22)],
    ),
    ("CL", t("Chile", "Chile", "Chile", "Chile"), [("Providencia", "Región Metropolitana", -33.43333, -70.61667)]),
    (
        "DE",
        t("Germany", "Deutschland", "Alemania", "Alemanha"),
        [
            ("Arnsberg", "Nordrhein-Westfalen", 51.39667, 8.06417),
            ("Solingen", "Nordrhein-Westfalen", 51.17167, 7.08333),
            ("Kaiserslautern", "Rheinland-Pfalz", 49.44472, 7.76889),
        ],
    ),
    ("IN", t("India", "Indien", "India", "Índia"), [("Bhubaneswar", "Odisha", 20.29606, 85.82454)]),
    (
        "MX",
        t("Mexico", "Mexiko", "México", "México"),
        [("Guadalajara", "Jalisco", 20.67667, -103.3475), ("Zapopan", "Jalisco", 20.72028, -103.39194)],
    ),
    ("PE", t("Peru", "Peru", "Perú", "Peru"), [("Chiclayo", "Lambayeque", -6.77137, -79.84088)]),
]

# --- Index pages --------------------------------------------------------------------------------------------------------

INDEXES = {
    "topics": {
        "title": t("Key topics", "Schwerpunktthemen", "Temas clave", "Temas-chave"),
        "introduction": t(
            "At the Stuttgart meeting in 2019 the partners agreed on the topics the network works on together, each with guiding questions.",
            "Beim Treffen in Stuttgart 2019 einigten sich die Partner auf die Themen, an denen das Netzwerk gemeinsam arbeitet, jeweils mit Leitfragen.",
            "En la reunión de Stuttgart de 2019, los socios acordaron los temas en los que la red trabaja en conjunto, cada uno con sus preguntas orientadoras.",
            "Na reunião de Estugarda de 2019, os parceiros acordaram os temas em que a rede trabalha em conjunto, cada um com as suas perguntas orientadoras.",
        ),
    },
    "news": {
        "title": t("News", "Neuigkeiten", "Noticias", "Notícias"),
        "introduction": t(
            "News from the network, its partners and its secretariat.",
            "Neues aus dem Netzwerk, von seinen Partnern und seinem Sekretariat.",
            "Novedades de la red, de sus socios y de su secretaría.",
            "Novidades da rede, dos seus parceiros e do seu secretariado.",
        ),
    },
    "events": {
        "title": t("Events", "Veranstaltungen", "Eventos", "Eventos"),
        "introduction": t(
            "Network meetings, webinars, technical events and calls for participation.",
            "Netzwerktreffen, Webinare, Fachveranstaltungen und Aufrufe zur Teilnahme.",
            "Reuniones de la red, seminarios web, eventos técnicos y convocatorias de participación.",
            "Reuniões da rede, webinars, eventos técnicos e convites à participação.",
        ),
    },
    "partners": {
        "title": t("Partners", "Partner", "Socios", "Parceiros"),
        "introduction": t(
            "Ministries and municipalities from Brazil, Chile, Germany, India, Mexico and Peru take part in the network.",
            "Ministerien und Kommunen aus Brasilien, Chile, Deutschland, Indien, Mexiko und Peru wirken im Netzwerk mit.",
            "En la red participan ministerios y municipios de Alemania, Brasil, Chile, India, México y Perú.",
            "Participam na rede ministérios e municípios do Brasil, Chile, Alemanha, Índia, México e Peru.",
        ),
    },
    "contact": {
        "title": t("Contact", "Kontakt", "Contacto", "Contacto"),
        "introduction": t(
            "Write to the network secretariat: questions about the network, taking part, events or this website.",
            "Schreiben Sie dem Netzwerksekretariat: Fragen zum Netzwerk, zur Mitwirkung, zu Veranstaltungen oder zu dieser Website.",
            "Escriba a la secretaría de la red: preguntas sobre la red, la participación, los eventos o este sitio web.",
            "Escreva ao secretariado da rede: perguntas sobre a rede, a participação, os eventos ou este sítio web.",
        ),
        "thank_you_text": t(
            "The secretariat usually replies within a week.",
            "Das Sekretariat antwortet in der Regel innerhalb einer Woche.",
            "La secretaría suele responder en el plazo de una semana.",
            "O secretariado responde normalmente no prazo de uma semana.",
        ),
    },
}

# --- Topic pages --------------------------------------------------------------------------------------------------------

TOPIC_PAGES = {
    "digital-inclusion": {
        "introduction": t(
            "Digital inclusion addresses issues of opportunity, access, knowledge and skill at the level of policy. At its core is the willingness and ability of cities and municipalities to recognise the potential of digital transformation and to make it available to their citizens.",
            "Digitale Inklusion behandelt Fragen von Chancen, Zugang, Wissen und Fähigkeiten auf politischer Ebene. Im Kern geht es um die Bereitschaft und Fähigkeit von Städten und Gemeinden, die Potenziale der digitalen Transformation zu erkennen und ihren Bürgerinnen und Bürgern zugänglich zu machen.",
            "La inclusión digital aborda cuestiones de oportunidad, acceso, conocimiento y habilidades en el ámbito de las políticas. En su centro está la voluntad y la capacidad de ciudades y municipios de reconocer el potencial de la transformación digital y ponerlo al alcance de su ciudadanía.",
            "A inclusão digital trata de questões de oportunidade, acesso, conhecimento e competências ao nível das políticas. No seu centro está a vontade e a capacidade de cidades e municípios de reconhecer o potencial da transformação digital e de o pôr ao alcance dos seus cidadãos.",
        ),
        "questions": [
            t(
                "What are suitable legal frameworks and strategies?",
                "Was sind geeignete rechtliche Rahmenbedingungen und Strategien?",
                "¿Cuáles son los marcos legales y las estrategias adecuados?",
                "Quais são os quadros legais e as estratégias adequados?",
            ),
            t(
                "How can new knowledge and capacities be integrated and contribute to a more efficient municipal administration?",
                "Wie können neues Wissen und neue Kapazitäten eingebunden werden und zu einer effizienteren Kommunalverwaltung beitragen?",
                "¿Cómo se pueden integrar nuevos conocimientos y capacidades para contribuir a una administración municipal más eficiente?",
                "Como podem novos conhecimentos e capacidades ser integrados e contribuir para uma administração municipal mais eficiente?",
            ),
            t(
                "What digital infrastructure is needed and how can it be made available across the board?",
                "Welche digitale Infrastruktur wird benötigt und wie kann sie flächendeckend bereitgestellt werden?",
                "¿Qué infraestructura digital se necesita y cómo puede ponerse a disposición en todo el territorio?",
                "Que infraestrutura digital é necessária e como pode ser disponibilizada em todo o território?",
            ),
            t(
                "How can equal access and the promotion of civic participation be ensured?",
                "Wie können gleicher Zugang und die Förderung bürgerschaftlicher Beteiligung sichergestellt werden?",
                "¿Cómo se puede garantizar la igualdad de acceso y el fomento de la participación ciudadana?",
                "Como se pode garantir a igualdade de acesso e a promoção da participação cívica?",
            ),
        ],
    },
    "financing-operator-models": {
        "introduction": t(
            "Digitalisation brings new players and technologies to the urban arena, and with them new financing and operator models. Municipalities need to identify which services and projects to regulate, and which innovations the public sector should lead or own.",
            "Die Digitalisierung bringt neue Akteure und Technologien in die Stadt und mit ihnen neue Finanzierungs- und Betreibermodelle. Kommunen müssen klären, welche Dienste und Projekte sie regulieren und welche Innovationen der öffentliche Sektor führen oder besitzen sollte.",
            "La digitalización trae nuevos actores y tecnologías al ámbito urbano y, con ellos, nuevos modelos de financiación y operación. Los municipios deben identificar qué servicios y proyectos regular y qué innovaciones debe liderar o poseer el sector público.",
            "A digitalização traz novos atores e tecnologias para o espaço urbano e, com eles, novos modelos de financiamento e operação. Os municípios precisam de identificar que serviços e projetos regular e que inovações o setor público deve liderar ou deter.",
        ),
        "questions": [
            t(
                "How can cities and municipalities use data and innovation as an economic resource?",
                "Wie können Städte und Gemeinden Daten und Innovation als wirtschaftliche Ressource nutzen?",
                "¿Cómo pueden las ciudades y los municipios usar los datos y la innovación como recurso económico?",
                "Como podem as cidades e os municípios usar os dados e a inovação como recurso económico?",
            ),
            t(
                "How can new municipal financing models be designed to be long-term, profitable and sustainable?",
                "Wie können neue kommunale Finanzierungsmodelle langfristig, rentabel und nachhaltig gestaltet werden?",
                "¿Cómo se pueden diseñar nuevos modelos de financiación municipal a largo plazo, rentables y sostenibles?",
                "Como podem novos modelos de financiamento municipal ser concebidos para serem duradouros, rentáveis e sustentáveis?",
            ),
            t(
                "Which new operator models exist for the municipal administration and what must be considered when designing them?",
                "Welche neuen Betreibermodelle gibt es für die Kommunalverwaltung und was ist bei ihrer Gestaltung zu beachten?",
                "¿Qué nuevos modelos de operación existen para la administración municipal y qué hay que tener en cuenta al diseñarlos?",
                "Que novos modelos de operação existem para a administração municipal e o que deve ser considerado ao concebê-los?",
            ),
            t(
                "What forms of cooperation are feasible in the digital city?",
                "Welche Formen der Zusammenarbeit sind in der digitalen Stadt möglich?",
                "¿Qué formas de cooperación son viables en la ciudad digital?",
                "Que formas de cooperação são viáveis na cidade digital?",
            ),
        ],
    },
    "data-management-governance": {
        "introduction": t(
            "Digital infrastructures and devices produce data in real time. They enable new modes of urban governance and a more efficient, sustainable and transparent urban development, and they challenge city authorities to design comprehensive data management structures.",
            "Digitale Infrastrukturen und Geräte erzeugen Daten in Echtzeit. Sie ermöglichen neue Formen der Stadtsteuerung und eine effizientere, nachhaltigere und transparentere Stadtentwicklung und stellen Stadtverwaltungen vor die Aufgabe, umfassende Strukturen für das Datenmanagement zu schaffen.",
            "Las infraestructuras y los dispositivos digitales producen datos en tiempo real. Permiten nuevas formas de gobernanza urbana y un desarrollo urbano más eficiente, sostenible y transparente, y plantean a las autoridades municipales el reto de diseñar estructuras integrales de gestión de datos.",
            "As infraestruturas e os dispositivos digitais produzem dados em tempo real. Permitem novas formas de governança urbana e um desenvolvimento urbano mais eficiente, sustentável e transparente, e desafiam as autoridades municipais a conceber estruturas abrangentes de gestão de dados.",
        ),
        "questions": [
            t(
                "How can data from the private and the public sector be collected and accessed efficiently?",
                "Wie können Daten aus dem privaten und dem öffentlichen Sektor effizient erhoben und zugänglich gemacht werden?",
                "¿Cómo se pueden recopilar y consultar de forma eficiente los datos del sector privado y del público?",
                "Como podem os dados do setor privado e do setor público ser recolhidos e acedidos de forma eficiente?",
            ),
            t(
                "How can the availability, integrity, transparency and security of data be managed?",
                "Wie lassen sich Verfügbarkeit, Integrität, Transparenz und Sicherheit von Daten steuern?",
                "¿Cómo se puede gestionar la disponibilidad, integridad, transparencia y seguridad de los datos?",
                "Como se pode gerir a disponibilidade, a integridade, a transparência e a segurança dos dados?",
            ),
            t(
                "How can data from the private and the public sector be best made available to the civil society?",
                "Wie können Daten aus dem privaten und dem öffentlichen Sektor der Zivilgesellschaft am besten zur Verfügung gestellt werden?",
                "¿Cómo se pueden poner mejor a disposición de la sociedad civil los datos del sector privado y del público?",
                "Como podem os dados do setor privado e do setor público ser disponibilizados da melhor forma à sociedade civil?",
            ),
            t(
                "How can data be used for municipal planning and decision-making?",
                "Wie können Daten für kommunale Planung und Entscheidungen genutzt werden?",
                "¿Cómo se pueden usar los datos para la planificación y la toma de decisiones municipales?",
                "Como podem os dados ser usados no planeamento e na tomada de decisão municipais?",
            ),
            t(
                "What are the effects of artificial intelligence and automated data use?",
                "Welche Auswirkungen haben künstliche Intelligenz und automatisierte Datennutzung?",
                "¿Qué efectos tienen la inteligencia artificial y el uso automatizado de datos?",
                "Quais são os efeitos da inteligência artificial e do uso automatizado de dados?",
            ),
        ],
    },
    "climate": {
        "introduction": t(
            "Adapting to climate change and mitigating it is one of the most urgent global issues of urban development. City authorities need evidence-based plans for energy-efficient technologies and climate-resilient infrastructure, and suitable financing models to implement them.",
            "Die Anpassung an den Klimawandel und der Klimaschutz gehören zu den dringendsten globalen Fragen der Stadtentwicklung. Stadtverwaltungen brauchen evidenzbasierte Pläne für energieeffiziente Technologien und klimaresiliente Infrastruktur sowie geeignete Finanzierungsmodelle, um sie umzusetzen.",
            "La adaptación al cambio climático y su mitigación es uno de los asuntos globales más urgentes del desarrollo urbano. Las autoridades municipales necesitan planes basados en evidencia para tecnologías energéticamente eficientes e infraestructuras resilientes al clima, y modelos de financiación adecuados para ejecutarlos.",
            "A adaptação às alterações climáticas e a sua mitigação é uma das questões globais mais urgentes do desenvolvimento urbano. As autoridades municipais precisam de planos baseados em evidências para tecnologias energeticamente eficientes e infraestruturas resilientes ao clima, e de modelos de financiamento adequados para os executar.",
        ),
        "questions": [
            t(
                "What role does the digital transformation play in climate change mitigation and adaptation?",
                "Welche Rolle spielt die digitale Transformation für Klimaschutz und Klimaanpassung?",
                "¿Qué papel desempeña la transformación digital en la mitigación y la adaptación al cambio climático?",
                "Que papel desempenha a transformação digital na mitigação e na adaptação às alterações climáticas?",
            ),
            t(
                "How can the selection, procurement and implementation of smart solutions serve as a practical example for the other topics?",
                "Wie können Auswahl, Beschaffung und Umsetzung smarter Lösungen als praktisches Beispiel für die anderen Themen dienen?",
                "¿Cómo pueden la selección, la contratación y la implementación de soluciones inteligentes servir de ejemplo práctico para los demás temas?",
                "Como podem a seleção, a contratação e a implementação de soluções inteligentes servir de exemplo prático para os outros temas?",
            ),
        ],
    },
}

# --- News -----------------------------------------------------------------------------------------------------------------

NEWS = [
    {
        "slug": "stuttgart-meeting-agrees-key-topics",
        "date": datetime.date(2019, 9, 20),
        "topics": ["digital-inclusion", "financing-operator-models", "data-management-governance"],
        "countries": ["BR", "CL", "DE", "IN", "MX", "PE"],
        "title": t(
            "Network meeting in Stuttgart agrees on three key topics",
            "Netzwerktreffen in Stuttgart einigt sich auf drei Schwerpunktthemen",
            "La reunión de la red en Stuttgart acuerda tres temas clave",
            "Reunião da rede em Estugarda acorda três temas-chave",
        ),
        "summary": t(
            "Partners from Brazil, Chile, India, Mexico, Peru and Germany met at the 13th Federal Congress on National Urban Development Policy.",
            "Partner aus Brasilien, Chile, Indien, Mexiko, Peru und Deutschland trafen sich beim 13. Bundeskongress Nationale Stadtentwicklungspolitik.",
            "Socios de Brasil, Chile, India, México, Perú y Alemania se reunieron en el 13.º Congreso Federal de Política Nacional de Desarrollo Urbano.",
            "Parceiros do Brasil, Chile, Índia, México, Peru e Alemanha reuniram-se no 13.º Congresso Federal de Política Nacional de Desenvolvimento Urbano.",
        ),
        "body": t(
            "In a two-phase workshop the members named and clustered the topics the network will address: digital inclusion, financing and operator models, and data management and governance.",
            "In einem zweistufigen Workshop benannten und bündelten die Mitglieder die Themen, mit denen sich das Netzwerk befassen wird: digitale Inklusion, Finanzierungs- und Betreibermodelle sowie Datenmanagement und Data Governance.",
            "En un taller de dos fases, los miembros nombraron y agruparon los temas que abordará la red: inclusión digital, modelos de financiación y operación, y gestión y gobernanza de datos.",
            "Num workshop em duas fases, os membros identificaram e agruparam os temas de que a rede se ocupará: inclusão digital, modelos de financiamento e operação, e gestão e governança de dados.",
        ),
    },
    {
        "slug": "secretariat-starts-work",
        "date": datetime.date(2019, 10, 15),
        "topics": [],
        "countries": ["DE"],
        "title": t(
            "The network secretariat starts its work",
            "Das Netzwerksekretariat nimmt seine Arbeit auf",
            "La secretaría de la red comienza su trabajo",
            "O secretariado da rede inicia o seu trabalho",
        ),
        "summary": t(
            "The secretariat is the contact point of the network: it coordinates activities, organises meetings and manages the network's knowledge.",
            "Das Sekretariat ist die Anlaufstelle des Netzwerks: Es koordiniert die Aktivitäten, organisiert die Treffen und verwaltet das Wissen des Netzwerks.",
            "La secretaría es el punto de contacto de la red: coordina las actividades, organiza las reuniones y gestiona el conocimiento de la red.",
            "O secretariado é o ponto de contacto da rede: coordena as atividades, organiza as reuniões e gere o conhecimento da rede.",
        ),
        "body": t(
            "It prepares the content and logistics of network meetings, documents them and presents the network to the public.",
            "Es bereitet Inhalte und Organisation der Netzwerktreffen vor, dokumentiert sie und stellt das Netzwerk der Öffentlichkeit vor.",
            "Prepara el contenido y la logística de las reuniones de la red, las documenta y presenta la red al público.",
            "Prepara o conteúdo e a logística das reuniões da rede, documenta-as e apresenta a rede ao público.",
        ),
    },
    {
        "slug": "partners-share-projects",
        "date": datetime.date(2019, 11, 28),
        "topics": ["data-management-governance"],
        "countries": ["BR", "MX"],
        "title": t(
            "Partners share their current smart city projects",
            "Partner teilen ihre aktuellen Smart-City-Projekte",
            "Los socios comparten sus proyectos actuales de ciudad inteligente",
            "Os parceiros partilham os seus projetos atuais de cidade inteligente",
        ),
        "summary": t(
            "Detailed information on the partners' projects is the basis for the first working format, to be developed by the end of 2019.",
            "Ausführliche Informationen zu den Projekten der Partner sind die Grundlage für das erste Arbeitsformat, das bis Ende 2019 entwickelt wird.",
            "La información detallada sobre los proyectos de los socios es la base del primer formato de trabajo, que se desarrollará antes de finales de 2019.",
            "A informação detalhada sobre os projetos dos parceiros é a base do primeiro formato de trabalho, a desenvolver até ao final de 2019.",
        ),
        "body": t(
            "The secretariat collects and organises the information, so that members can find peers working on similar questions.",
            "Das Sekretariat sammelt und ordnet die Informationen, damit Mitglieder Partner finden, die an ähnlichen Fragen arbeiten.",
            "La secretaría recopila y organiza la información para que los miembros encuentren a pares que trabajan en cuestiones similares.",
            "O secretariado recolhe e organiza a informação, para que os membros encontrem pares que trabalham em questões semelhantes.",
        ),
    },
    {
        "slug": "next-meeting-india",
        "date": datetime.date(2019, 12, 10),
        "topics": ["digital-inclusion"],
        "countries": ["IN"],
        "title": t(
            "Next network meeting to take place in India",
            "Nächstes Netzwerktreffen findet in Indien statt",
            "La próxima reunión de la red se celebrará en la India",
            "A próxima reunião da rede realiza-se na Índia",
        ),
        "summary": t(
            "The partners agreed to meet in India in spring 2020, in Germany in autumn 2020 and in Brazil in 2021.",
            "Die Partner vereinbarten, sich im Frühjahr 2020 in Indien, im Herbst 2020 in Deutschland und 2021 in Brasilien zu treffen.",
            "Los socios acordaron reunirse en la India en la primavera de 2020, en Alemania en el otoño de 2020 y en Brasil en 2021.",
            "Os parceiros acordaram reunir-se na Índia na primavera de 2020, na Alemanha no outono de 2020 e no Brasil em 2021.",
        ),
        "body": t(
            "The themes of each meeting depend on the ongoing processes and interests of the host and the participating partners.",
            "Die Themen der Treffen richten sich nach den laufenden Prozessen und Interessen der Gastgeber und der teilnehmenden Partner.",
            "Los temas de cada reunión dependen de los procesos en curso y de los intereses del anfitrión y de los socios participantes.",
            "Os temas de cada reunião dependem dos processos em curso e dos interesses do anfitrião e dos parceiros participantes.",
        ),
    },
    {
        "slug": "climate-further-topic",
        "date": datetime.date(2020, 1, 20),
        "topics": ["climate"],
        "countries": ["CL", "PE"],
        "title": t(
            "Climate adaptation becomes a further topic",
            "Klimaanpassung wird ein weiteres Thema",
            "La adaptación climática pasa a ser un tema más",
            "A adaptação climática torna-se mais um tema",
        ),
        "summary": t(
            "The network looks at how digital solutions help cities to mitigate climate change and adapt to it.",
            "Das Netzwerk untersucht, wie digitale Lösungen Städten helfen, den Klimawandel abzuschwächen und sich an ihn anzupassen.",
            "La red analiza cómo las soluciones digitales ayudan a las ciudades a mitigar el cambio climático y a adaptarse a él.",
            "A rede analisa como as soluções digitais ajudam as cidades a mitigar as alterações climáticas e a adaptar-se a elas.",
        ),
        "body": t(
            "Selecting, procuring and implementing smart solutions gives the network a practical example for all of its topics.",
            "Auswahl, Beschaffung und Umsetzung smarter Lösungen geben dem Netzwerk ein praktisches Beispiel für alle seine Themen.",
            "La selección, la contratación y la implementación de soluciones inteligentes ofrecen a la red un ejemplo práctico para todos sus temas.",
            "A seleção, a contratação e a implementação de soluções inteligentes dão à rede um exemplo prático para todos os seus temas.",
        ),
    },
    {
        "slug": "online-platform-in-preparation",
        "date": datetime.date(2020, 2, 5),
        "topics": ["data-management-governance", "digital-inclusion"],
        "countries": [],
        "title": t(
            "An online platform for the network is in preparation",
            "Eine Online-Plattform für das Netzwerk ist in Vorbereitung",
            "Se prepara una plataforma en línea para la red",
            "Está em preparação uma plataforma online para a rede",
        ),
        "summary": t(
            "A website and members' area will serve as project database, knowledge base and virtual meeting room.",
            "Eine Website mit Mitgliederbereich wird als Projektdatenbank, Wissensbasis und virtueller Besprechungsraum dienen.",
            "Un sitio web con un área de miembros servirá como base de datos de proyectos, base de conocimiento y sala de reuniones virtual.",
            "Um sítio web com uma área de membros servirá de base de dados de projetos, base de conhecimento e sala de reuniões virtual.",
        ),
        "body": t(
            "Members will find good practices, an expert directory and the documentation of the network meetings there.",
            "Mitglieder finden dort gute Praxisbeispiele, ein Verzeichnis von Fachleuten und die Dokumentation der Netzwerktreffen.",
            "Allí los miembros encontrarán buenas prácticas, un directorio de expertos y la documentación de las reuniones de la red.",
            "Aí os membros encontrarão boas práticas, um diretório de especialistas e a documentação das reuniões da rede.",
        ),
    },
]

# --- Events ---------------------------------------------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "stuttgart-2019",
        "kind": "network_meeting",
        "start": (datetime.date(2019, 9, 20), datetime.time(10, 0)),
        "end": (datetime.date(2019, 9, 20), datetime.time(13, 0)),
        "time_zone": "Europe/Berlin",
        "host": "DE",
        "topics": ["digital-inclusion", "financing-operator-models", "data-management-governance"],
        "title": t(
            "ISCN network meeting Stuttgart 2019",
            "ISCN-Netzwerktreffen Stuttgart 2019",
            "Reunión de la red ISCN Stuttgart 2019",
            "Reunião da rede ISCN Estugarda 2019",
        ),
        "location": t("Stuttgart, Germany", "Stuttgart, Deutschland", "Stuttgart, Alemania", "Estugarda, Alemanha"),
        "summary": t(
            "Network meeting and workshop in the framework of the 13th Federal Congress on National Urban Development Policy.",
            "Netzwerktreffen und Workshop im Rahmen des 13. Bundeskongresses Nationale Stadtentwicklungspolitik.",
            "Reunión y taller de la red en el marco del 13.º Congreso Federal de Política Nacional de Desarrollo Urbano.",
            "Reunião e workshop da rede no âmbito do 13.º Congresso Federal de Política Nacional de Desenvolvimento Urbano.",
        ),
    },
    {
        "slug": "india-2020",
        "kind": "network_meeting",
        "start": (datetime.date(2020, 3, 24), None),
        "end": (datetime.date(2020, 3, 25), None),
        "time_zone": "Asia/Kolkata",
        "host": "IN",
        "topics": ["digital-inclusion"],
        "title": t(
            "ISCN network meeting India 2020",
            "ISCN-Netzwerktreffen Indien 2020",
            "Reunión de la red ISCN India 2020",
            "Reunião da rede ISCN Índia 2020",
        ),
        "location": t("Bhubaneswar, India", "Bhubaneswar, Indien", "Bhubaneswar, India", "Bhubaneswar, Índia"),
        "summary": t(
            "The spring 2020 network meeting, hosted by the Indian partners.",
            "Das Netzwerktreffen im Frühjahr 2020, ausgerichtet von den indischen Partnern.",
            "La reunión de la red de la primavera de 2020, organizada por los socios indios.",
            "A reunião da rede da primavera de 2020, organizada pelos parceiros indianos.",
        ),
    },
    {
        "slug": "germany-2020",
        "kind": "network_meeting",
        "start": (datetime.date(2020, 10, 14), None),
        "end": (datetime.date(2020, 10, 15), None),
        "time_zone": "Europe/Berlin",
        "host": "DE",
        "topics": ["financing-operator-models"],
        "title": t(
            "ISCN network meeting Germany 2020",
            "ISCN-Netzwerktreffen Deutschland 2020",
            "Reunión de la red ISCN Alemania 2020",
            "Reunião da rede ISCN Alemanha 2020",
        ),
        "location": t("Berlin, Germany", "Berlin, Deutschland", "Berlín, Alemania", "Berlim, Alemanha"),
        "summary": t(
            "The autumn 2020 network meeting in Germany, with visits to Smart Cities model projects.",
            "Das Netzwerktreffen im Herbst 2020 in Deutschland, mit Besuchen bei Modellprojekten Smart Cities.",
            "La reunión de la red del otoño de 2020 en Alemania, con visitas a proyectos modelo de ciudades inteligentes.",
            "A reunião da rede do outono de 2020 na Alemanha, com visitas a projetos-modelo de cidades inteligentes.",
        ),
    },
    {
        "slug": "brazil-2021",
        "kind": "network_meeting",
        "start": (datetime.date(2021, 5, 18), None),
        "end": (datetime.date(2021, 5, 19), None),
        "time_zone": "America/Fortaleza",
        "host": "BR",
        "topics": ["data-management-governance"],
        "title": t(
            "ISCN network meeting Brazil 2021",
            "ISCN-Netzwerktreffen Brasilien 2021",
            "Reunión de la red ISCN Brasil 2021",
            "Reunião da rede ISCN Brasil 2021",
        ),
        "location": t("Fortaleza, Brazil", "Fortaleza, Brasilien", "Fortaleza, Brasil", "Fortaleza, Brasil"),
        "summary": t(
            "The 2021 network meeting, hosted by the Brazilian partners.",
            "Das Netzwerktreffen 2021, ausgerichtet von den brasilianischen Partnern.",
            "La reunión de la red de 2021, organizada por los socios brasileños.",
            "A reunião da rede de 2021, organizada pelos parceiros brasileiros.",
        ),
    },
    {
        "slug": "webinar-open-urban-data",
        "kind": "webinar",
        "start": (datetime.date(2027, 2, 18), datetime.time(15, 0)),
        "end": (datetime.date(2027, 2, 18), datetime.time(16, 30)),
        "time_zone": "Europe/Berlin",
        "host": None,
        "online": True,
        "registration_url": "https://iscn.example.org/register/webinar-open-urban-data",
        "topics": ["data-management-governance"],
        "title": t(
            "Webinar: open urban data platforms",
            "Webinar: offene urbane Datenplattformen",
            "Seminario web: plataformas abiertas de datos urbanos",
            "Webinar: plataformas abertas de dados urbanos",
        ),
        "location": "",
        "summary": t(
            "Partner cities present how they open municipal data to citizens and businesses, followed by questions and answers.",
            "Partnerstädte zeigen, wie sie kommunale Daten für Bürgerschaft und Unternehmen öffnen; anschließend Fragen und Antworten.",
            "Ciudades socias presentan cómo abren los datos municipales a la ciudadanía y a las empresas, seguido de preguntas y respuestas.",
            "Cidades parceiras apresentam como abrem os dados municipais a cidadãos e empresas, seguindo-se perguntas e respostas.",
        ),
    },
    {
        "slug": "webinar-digital-inclusion",
        "kind": "webinar",
        "start": (datetime.date(2027, 4, 22), datetime.time(14, 0)),
        "end": (datetime.date(2027, 4, 22), datetime.time(15, 30)),
        "time_zone": "Europe/Berlin",
        "host": None,
        "online": True,
        "registration_deadline": datetime.date(2027, 4, 15),
        "registration_url": "https://iscn.example.org/register/webinar-digital-inclusion",
        "topics": ["digital-inclusion"],
        "title": t(
            "Webinar: closing the digital divide in cities",
            "Webinar: die digitale Kluft in Städten schließen",
            "Seminario web: cerrar la brecha digital en las ciudades",
            "Webinar: reduzir o fosso digital nas cidades",
        ),
        "location": "",
        "summary": t(
            "How municipalities make digital services accessible to everyone: experiences from Latin America, India and Germany.",
            "Wie Kommunen digitale Dienste für alle zugänglich machen: Erfahrungen aus Lateinamerika, Indien und Deutschland.",
            "Cómo los municipios hacen que los servicios digitales sean accesibles para todos: experiencias de América Latina, la India y Alemania.",
            "Como os municípios tornam os serviços digitais acessíveis a todos: experiências da América Latina, da Índia e da Alemanha.",
        ),
    },
]

# --- Partner countries ----------------------------------------------------------------------------------------------------

PARTNERS = {
    "BR": {
        "slug": "brazil",
        "introduction": t(
            "Brazil takes part through its National Bank for Economic and Social Development and the cities of Fortaleza and Hortolândia.",
            "Brasilien wirkt über seine Nationale Bank für wirtschaftliche und soziale Entwicklung und die Städte Fortaleza und Hortolândia mit.",
            "Brasil participa a través de su Banco Nacional de Desarrollo Económico y Social y de las ciudades de Fortaleza y Hortolândia.",
            "O Brasil participa através do seu Banco Nacional de Desenvolvimento Económico e Social e das cidades de Fortaleza e Hortolândia.",
        ),
        "institutions": [
            ("National Bank for Economic and Social Development (BNDES)", "national", None),
            ("Prefeitura de Fortaleza", "municipal", "Fortaleza"),
            ("Prefeitura de Hortolândia", "municipal", "Hortolândia"),
        ],
    },
    "CL": {
        "slug": "chile",
        "introduction": t(
            "Chile takes part through the municipality of Providencia in the Santiago metropolitan region.",
            "Chile wirkt über die Gemeinde Providencia in der Metropolregion Santiago mit.",
            "Chile participa a través de la municipalidad de Providencia, en la región metropolitana de Santiago.",
            "O Chile participa através do município de Providencia, na região metropolitana de Santiago.",
        ),
        "institutions": [("Municipalidad de Providencia", "municipal", "Providencia")],
    },
    "DE": {
        "slug": "germany",
        "introduction": t(
            "Germany initiated the network. The 13 Smart Cities model projects, among them Arnsberg, Solingen and Kaiserslautern, share their experience.",
            "Deutschland hat das Netzwerk initiiert. Die 13 Modellprojekte Smart Cities, darunter Arnsberg, Solingen und Kaiserslautern, teilen ihre Erfahrungen.",
            "Alemania impulsó la red. Los 13 proyectos modelo de ciudades inteligentes, entre ellos Arnsberg, Solingen y Kaiserslautern, comparten su experiencia.",
            "A Alemanha lançou a rede. Os 13 projetos-modelo de cidades inteligentes, entre eles Arnsberg, Solingen e Kaiserslautern, partilham a sua experiência.",
        ),
        "institutions": [
            ("Federal Ministry of the Interior, Building and Community", "national", None),
            ("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", "national", None),
            ("Stadt Arnsberg", "municipal", "Arnsberg"),
            ("Stadt Solingen", "municipal", "Solingen"),
            ("Stadt Kaiserslautern", "municipal", "Kaiserslautern"),
        ],
    },
    "IN": {
        "slug": "india",
        "introduction": t(
            "India takes part through the Smart Cities Mission of the Ministry of Housing and Urban Affairs and the city of Bhubaneswar.",
            "Indien wirkt über die Smart Cities Mission des Ministeriums für Wohnungswesen und Stadtangelegenheiten und die Stadt Bhubaneswar mit.",
            "La India participa a través de la Misión de Ciudades Inteligentes del Ministerio de Vivienda y Asuntos Urbanos y de la ciudad de Bhubaneswar.",
            "A Índia participa através da Missão Cidades Inteligentes do Ministério da Habitação e Assuntos Urbanos e da cidade de Bhubaneswar.",
        ),
        "institutions": [
            ("Ministry of Housing and Urban Affairs, Smart Cities Mission", "national", None),
            ("Bhubaneswar Municipal Corporation", "municipal", "Bhubaneswar"),
        ],
    },
    "MX": {
        "slug": "mexico",
        "introduction": t(
            "Mexico takes part through the neighbouring cities of Guadalajara and Zapopan in the state of Jalisco.",
            "Mexiko wirkt über die Nachbarstädte Guadalajara und Zapopan im Bundesstaat Jalisco mit.",
            "México participa a través de las ciudades vecinas de Guadalajara y Zapopan, en el estado de Jalisco.",
            "O México participa através das cidades vizinhas de Guadalajara e Zapopan, no estado de Jalisco.",
        ),
        "institutions": [
            ("Gobierno de Guadalajara", "municipal", "Guadalajara"),
            ("Gobierno de Zapopan", "municipal", "Zapopan"),
        ],
    },
    "PE": {
        "slug": "peru",
        "introduction": t(
            "Peru takes part through the city of Chiclayo in the region of Lambayeque.",
            "Peru wirkt über die Stadt Chiclayo in der Region Lambayeque mit.",
            "Perú participa a través de la ciudad de Chiclayo, en la región de Lambayeque.",
            "O Peru participa através da cidade de Chiclayo, na região de Lambayeque.",
        ),
        "institutions": [("Municipalidad Provincial de Chiclayo", "municipal", "Chiclayo")],
    },
}
