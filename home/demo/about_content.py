"""The network's story from the Stuttgart 2019 meeting document, in English with its de, es and pt translations.

Pages are described as plain data; `site.py` turns them into pages. Translation keys are the English strings exactly as
wagtail-localize extracts them (one string per paragraph or list item).
"""

HOME = {
    "title": "International Smart Cities Network",
    "hero_title": "Shaping the digital transformation of cities together",
    "hero_text": (
        "The International Smart Cities Network (ISCN) connects national ministries and municipalities who learn from "
        "each other how to make the digital transformation of cities sustainable and inclusive."
    ),
    "search_description": (
        "The ISCN connects ministries and cities from Germany, Brazil, Chile, India, Mexico and Peru for mutual "
        "learning on sustainable, inclusive smart cities."
    ),
    "body": [
        ("heading", {"text": "Why the network exists", "level": "h2"}),
        (
            "paragraph",
            "<p>Despite different contexts, cities worldwide face similar challenges of sustainable digital "
            "transformation. The exchange between cities and ministries of urban development broadens the discussion, "
            "promotes a common understanding and strengthens common learning processes.</p>",
        ),
        (
            "quote",
            {
                "text": "Cities and municipalities must play an active role in the design of their own smart city.",
                "attribution": "ISCN network meeting, Stuttgart, 20 September 2019",
            },
        ),
    ],
}

ABOUT = {
    "slug": "about",
    "title": "About the network",
    "introduction": (
        "The ISCN promotes international exchange and knowledge transfer on the digital transformation of cities, "
        "at national and local level."
    ),
    "search_description": "What the International Smart Cities Network is, who runs it and how it works.",
    "body": [
        (
            "paragraph",
            "<p>Modern information and communication technologies open up new opportunities for cities: more citizen "
            "participation, efficient and transparent administration, integrated urban development, inclusion and "
            "secure public services.</p>"
            "<p>Digitalisation also poses new challenges: data protection and data security, changes in the local "
            "economy and labour market, local self-determination and the digital divide.</p>",
        ),
        (
            "paragraph",
            "<p>The German Federal Ministry responsible for urban development initiated the network in cooperation "
            "with the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH.</p>",
        ),
    ],
}

ABOUT_CHILDREN = [
    {
        "slug": "objectives",
        "title": "Objectives",
        "introduction": "What the network sets out to do.",
        "search_description": "The objectives of the International Smart Cities Network.",
        "body": [
            (
                "paragraph",
                "<ul><li>Promote and facilitate bilateral and multilateral international exchange, mutual learning and "
                "knowledge transfer in the field of smart cities, based on key topics and thematic clusters.</li>"
                "<li>Multilevel (national and local) and interdisciplinary dialogue based on a common understanding "
                "among the members of the network.</li></ul>",
            ),
        ],
    },
    {
        "slug": "benefits",
        "title": "Benefits",
        "introduction": "What members gain from taking part.",
        "search_description": "How members benefit from the International Smart Cities Network.",
        "body": [
            (
                "paragraph",
                "<ul><li>Further develop projects through continuous direct contact with international and German "
                "municipalities with smart city model projects, and peer-to-peer consultations in familiar "
                "groups.</li>"
                "<li>Learn from each other and strengthen one's own visibility by exchanging good practices and "
                "lessons learned in an international context.</li></ul>",
            ),
        ],
    },
    {
        "slug": "working-formats",
        "title": "Working formats",
        "introduction": "How the network works between its larger meetings.",
        "search_description": "Knowledge transfer and peer-to-peer learning formats of the ISCN.",
        "body": [
            ("heading", {"text": "Knowledge transfer", "level": "h2"}),
            (
                "paragraph",
                "<p>The members' knowledge is compiled and made accessible to all members: informative surveys, a "
                "project database, a compilation of good practices and policies, and an expert directory.</p>",
            ),
            ("heading", {"text": "Peer-to-peer learning", "level": "h2"}),
            (
                "paragraph",
                "<p>Members support each other on concrete projects through peer coaching (online or in place), "
                "sounding boards, webinars and joint participation in technical events.</p>",
            ),
        ],
    },
    {
        "slug": "participation",
        "title": "Participation",
        "introduction": "Who can take part and what members commit to.",
        "search_description": "The participation rules of the International Smart Cities Network.",
        "body": [
            (
                "paragraph",
                "<ul><li>The network comprises at most 15 partner countries, each assigning 1–2 representatives from "
                "the national level and 2–3 representatives from the municipal level.</li>"
                "<li>Members provide expertise and experience and are working on strategies and projects in the field "
                "of smart cities.</li>"
                "<li>Members commit to the work and exchange in the network and take part in its activities "
                "continuously.</li>"
                "<li>Members benefit from the network infrastructure provided by the federal ministry and delivered "
                "by the secretariat; travel costs are in general not covered.</li></ul>",
            ),
        ],
    },
    {
        "slug": "secretariat",
        "title": "The secretariat",
        "introduction": "The network's contact point.",
        "search_description": "The ISCN secretariat coordinates the network and its activities.",
        "body": [
            (
                "paragraph",
                "<p>The secretariat supports and coordinates the network and its activities. It organises the network "
                "meetings, from the concept to their documentation, and is in charge of knowledge management and the "
                "network's presentation to the public.</p>",
            ),
        ],
    },
]

LEGAL = [
    {
        "slug": "privacy",
        "title": "Privacy",
        "introduction": "How this site handles personal data.",
        "search_description": "Privacy notice of the ISCN platform.",
        "body": [
            (
                "paragraph",
                "<p>Public pages set no tracking cookies. Members' accounts and profiles are stored only to run the "
                "members area; members can download their data or ask for its deletion at any time.</p>",
            ),
        ],
    },
    {
        "slug": "imprint",
        "title": "Imprint",
        "introduction": "Who is responsible for this site.",
        "search_description": "Imprint of the ISCN platform.",
        "body": [
            (
                "paragraph",
                "<p>The ISCN platform is run by the network secretariat on behalf of the German Federal Ministry "
                "responsible for urban development.</p>",
            ),
        ],
    },
]

TRANSLATIONS = {
    "de": {
        "International Smart Cities Network": "Internationales Smart-Cities-Netzwerk",
        "Shaping the digital transformation of cities together": "Die digitale Transformation der Städte gemeinsam gestalten",
        "The International Smart Cities Network (ISCN) connects national ministries and municipalities who learn from each other how to make the digital transformation of cities sustainable and inclusive.": "Das Internationale Smart-Cities-Netzwerk (ISCN) verbindet nationale Ministerien und Kommunen, die voneinander lernen, wie die digitale Transformation der Städte nachhaltig und inklusiv gelingt.",
        "The ISCN connects ministries and cities from Germany, Brazil, Chile, India, Mexico and Peru for mutual learning on sustainable, inclusive smart cities.": "Das ISCN verbindet Ministerien und Städte aus Deutschland, Brasilien, Chile, Indien, Mexiko und Peru zum gemeinsamen Lernen über nachhaltige, inklusive Smart Cities.",
        "Why the network exists": "Warum es das Netzwerk gibt",
        "Despite different contexts, cities worldwide face similar challenges of sustainable digital transformation. The exchange between cities and ministries of urban development broadens the discussion, promotes a common understanding and strengthens common learning processes.": "Trotz unterschiedlicher Ausgangslagen stehen Städte weltweit vor ähnlichen Herausforderungen einer nachhaltigen digitalen Transformation. Der Austausch zwischen Städten und Ministerien für Stadtentwicklung erweitert die Diskussion, fördert ein gemeinsames Verständnis und stärkt gemeinsame Lernprozesse.",
        "Cities and municipalities must play an active role in the design of their own smart city.": "Städte und Gemeinden müssen die Gestaltung ihrer eigenen Smart City aktiv in die Hand nehmen.",
        "ISCN network meeting, Stuttgart, 20 September 2019": "ISCN-Netzwerktreffen, Stuttgart, 20. September 2019",
        "About the network": "Über das Netzwerk",
        "The ISCN promotes international exchange and knowledge transfer on the digital transformation of cities, at national and local level.": "Das ISCN fördert den internationalen Austausch und Wissenstransfer zur digitalen Transformation der Städte auf nationaler und lokaler Ebene.",
        "What the International Smart Cities Network is, who runs it and how it works.": "Was das Internationale Smart-Cities-Netzwerk ist, wer es betreibt und wie es arbeitet.",
        "Modern information and communication technologies open up new opportunities for cities: more citizen participation, efficient and transparent administration, integrated urban development, inclusion and secure public services.": "Moderne Informations- und Kommunikationstechnologien eröffnen Städten neue Möglichkeiten: mehr Bürgerbeteiligung, eine effiziente und transparente Verwaltung, integrierte Stadtentwicklung, Inklusion und eine gesicherte Daseinsvorsorge.",
        "Digitalisation also poses new challenges: data protection and data security, changes in the local economy and labour market, local self-determination and the digital divide.": "Die Digitalisierung bringt auch neue Herausforderungen mit sich: Datenschutz und Datensicherheit, Veränderungen der lokalen Wirtschaft und des Arbeitsmarkts, kommunale Selbstbestimmung und die digitale Spaltung.",
        "The German Federal Ministry responsible for urban development initiated the network in cooperation with the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH.": "Das für Stadtentwicklung zuständige Bundesministerium hat das Netzwerk in Zusammenarbeit mit der Deutschen Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH ins Leben gerufen.",
        "Objectives": "Ziele",
        "What the network sets out to do.": "Was sich das Netzwerk vorgenommen hat.",
        "The objectives of the International Smart Cities Network.": "Die Ziele des Internationalen Smart-Cities-Netzwerks.",
        "Promote and facilitate bilateral and multilateral international exchange, mutual learning and knowledge transfer in the field of smart cities, based on key topics and thematic clusters.": "Bilateralen und multilateralen internationalen Austausch, gegenseitiges Lernen und Wissenstransfer im Bereich Smart Cities fördern und ermöglichen, entlang von Schwerpunktthemen und thematischen Clustern.",
        "Multilevel (national and local) and interdisciplinary dialogue based on a common understanding among the members of the network.": "Ein ebenenübergreifender (nationaler und lokaler) und interdisziplinärer Dialog auf Grundlage eines gemeinsamen Verständnisses unter den Mitgliedern des Netzwerks.",
        "Benefits": "Nutzen",
        "What members gain from taking part.": "Was die Mitglieder von ihrer Teilnahme haben.",
        "How members benefit from the International Smart Cities Network.": "Wie die Mitglieder vom Internationalen Smart-Cities-Netzwerk profitieren.",
        "Further develop projects through continuous direct contact with international and German municipalities with smart city model projects, and peer-to-peer consultations in familiar groups.": "Projekte durch kontinuierlichen direkten Kontakt zu internationalen und deutschen Kommunen mit Smart-City-Modellprojekten und durch kollegiale Beratung in vertrauten Gruppen weiterentwickeln.",
        "Learn from each other and strengthen one's own visibility by exchanging good practices and lessons learned in an international context.": "Voneinander lernen und die eigene Sichtbarkeit stärken, indem gute Praxis und Erfahrungen im internationalen Kontext ausgetauscht werden.",
        "Working formats": "Arbeitsformate",
        "How the network works between its larger meetings.": "Wie das Netzwerk zwischen seinen größeren Treffen arbeitet.",
        "Knowledge transfer and peer-to-peer learning formats of the ISCN.": "Formate des ISCN für Wissenstransfer und kollegiales Lernen.",
        "Knowledge transfer": "Wissenstransfer",
        "The members' knowledge is compiled and made accessible to all members: informative surveys, a project database, a compilation of good practices and policies, and an expert directory.": "Das Wissen der Mitglieder wird gesammelt und allen Mitgliedern zugänglich gemacht: informative Umfragen, eine Projektdatenbank, eine Sammlung guter Praxis und politischer Ansätze sowie ein Verzeichnis von Expertinnen und Experten.",
        "Peer-to-peer learning": "Kollegiales Lernen",
        "Members support each other on concrete projects through peer coaching (online or in place), sounding boards, webinars and joint participation in technical events.": "Die Mitglieder unterstützen sich bei konkreten Projekten durch Peer-Coaching (online oder vor Ort), Sounding Boards, Webinare und die gemeinsame Teilnahme an Fachveranstaltungen.",
        "Participation": "Teilnahme",
        "Who can take part and what members commit to.": "Wer teilnehmen kann und wozu sich die Mitglieder verpflichten.",
        "The participation rules of the International Smart Cities Network.": "Die Teilnahmeregeln des Internationalen Smart-Cities-Netzwerks.",
        "The network comprises at most 15 partner countries, each assigning 1–2 representatives from the national level and 2–3 representatives from the municipal level.": "Das Netzwerk umfasst höchstens 15 Partnerländer, die jeweils 1–2 Vertreterinnen oder Vertreter der nationalen Ebene und 2–3 der kommunalen Ebene benennen.",
        "Members provide expertise and experience and are working on strategies and projects in the field of smart cities.": "Die Mitglieder bringen Fachwissen und Erfahrung ein und arbeiten an Strategien und Projekten im Bereich Smart Cities.",
        "Members commit to the work and exchange in the network and take part in its activities continuously.": "Die Mitglieder verpflichten sich zur Arbeit und zum Austausch im Netzwerk und nehmen kontinuierlich an seinen Aktivitäten teil.",
        "Members benefit from the network infrastructure provided by the federal ministry and delivered by the secretariat; travel costs are in general not covered.": "Die Mitglieder profitieren von der Netzwerkinfrastruktur, die das Bundesministerium bereitstellt und das Sekretariat umsetzt; Reisekosten werden in der Regel nicht übernommen.",
        "The secretariat": "Das Sekretariat",
        "The network's contact point.": "Die Anlaufstelle des Netzwerks.",
        "The ISCN secretariat coordinates the network and its activities.": "Das ISCN-Sekretariat koordiniert das Netzwerk und seine Aktivitäten.",
        "The secretariat supports and coordinates the network and its activities. It organises the network meetings, from the concept to their documentation, and is in charge of knowledge management and the network's presentation to the public.": "Das Sekretariat unterstützt und koordiniert das Netzwerk und seine Aktivitäten. Es organisiert die Netzwerktreffen von der Konzeption bis zur Dokumentation und ist für das Wissensmanagement und die Außendarstellung des Netzwerks zuständig.",
        "Privacy": "Datenschutz",
        "How this site handles personal data.": "Wie diese Website mit personenbezogenen Daten umgeht.",
        "Privacy notice of the ISCN platform.": "Datenschutzerklärung der ISCN-Plattform.",
        "Public pages set no tracking cookies. Members' accounts and profiles are stored only to run the members area; members can download their data or ask for its deletion at any time.": "Öffentliche Seiten setzen keine Tracking-Cookies. Konten und Profile der Mitglieder werden nur für den Betrieb des Mitgliederbereichs gespeichert; Mitglieder können ihre Daten jederzeit herunterladen oder ihre Löschung verlangen.",
        "Imprint": "Impressum",
        "Who is responsible for this site.": "Wer für diese Website verantwortlich ist.",
        "Imprint of the ISCN platform.": "Impressum der ISCN-Plattform.",
        "The ISCN platform is run by the network secretariat on behalf of the German Federal Ministry responsible for urban development.": "Die ISCN-Plattform wird vom Netzwerksekretariat im Auftrag des für Stadtentwicklung zuständigen Bundesministeriums betrieben.",
    },
    "es": {
        "International Smart Cities Network": "Red Internacional de Ciudades Inteligentes",
        "Shaping the digital transformation of cities together": "Dar forma juntos a la transformación digital de las ciudades",
        "The International Smart Cities Network (ISCN) connects national ministries and municipalities who learn from each other how to make the digital transformation of cities sustainable and inclusive.": "La Red Internacional de Ciudades Inteligentes (ISCN) une a ministerios nacionales y municipios que aprenden unos de otros cómo lograr que la transformación digital de las ciudades sea sostenible e inclusiva.",
        "The ISCN connects ministries and cities from Germany, Brazil, Chile, India, Mexico and Peru for mutual learning on sustainable, inclusive smart cities.": "La ISCN une a ministerios y ciudades de Alemania, Brasil, Chile, India, México y Perú para aprender juntos sobre ciudades inteligentes sostenibles e inclusivas.",
        "Why the network exists": "Por qué existe la red",
        "Despite different contexts, cities worldwide face similar challenges of sustainable digital transformation. The exchange between cities and ministries of urban development broadens the discussion, promotes a common understanding and strengthens common learning processes.": "A pesar de sus contextos distintos, las ciudades de todo el mundo enfrentan desafíos similares en la transformación digital sostenible. El intercambio entre ciudades y ministerios de desarrollo urbano amplía el debate, promueve un entendimiento común y fortalece los procesos de aprendizaje compartidos.",
        "Cities and municipalities must play an active role in the design of their own smart city.": "Las ciudades y los municipios deben desempeñar un papel activo en el diseño de su propia ciudad inteligente.",
        "ISCN network meeting, Stuttgart, 20 September 2019": "Reunión de la red ISCN, Stuttgart, 20 de septiembre de 2019",
        "About the network": "Acerca de la red",
        "The ISCN promotes international exchange and knowledge transfer on the digital transformation of cities, at national and local level.": "La ISCN promueve el intercambio internacional y la transferencia de conocimientos sobre la transformación digital de las ciudades, a nivel nacional y local.",
        "What the International Smart Cities Network is, who runs it and how it works.": "Qué es la Red Internacional de Ciudades Inteligentes, quién la gestiona y cómo funciona.",
        "Modern information and communication technologies open up new opportunities for cities: more citizen participation, efficient and transparent administration, integrated urban development, inclusion and secure public services.": "Las tecnologías modernas de la información y la comunicación abren nuevas oportunidades a las ciudades: más participación ciudadana, una administración eficiente y transparente, desarrollo urbano integrado, inclusión y servicios públicos garantizados.",
        "Digitalisation also poses new challenges: data protection and data security, changes in the local economy and labour market, local self-determination and the digital divide.": "La digitalización también plantea nuevos desafíos: la protección y la seguridad de los datos, los cambios en la economía y el mercado laboral locales, la autodeterminación local y la brecha digital.",
        "The German Federal Ministry responsible for urban development initiated the network in cooperation with the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH.": "El Ministerio Federal alemán responsable del desarrollo urbano creó la red en cooperación con la Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH.",
        "Objectives": "Objetivos",
        "What the network sets out to do.": "Lo que la red se propone.",
        "The objectives of the International Smart Cities Network.": "Los objetivos de la Red Internacional de Ciudades Inteligentes.",
        "Promote and facilitate bilateral and multilateral international exchange, mutual learning and knowledge transfer in the field of smart cities, based on key topics and thematic clusters.": "Promover y facilitar el intercambio internacional bilateral y multilateral, el aprendizaje mutuo y la transferencia de conocimientos en el ámbito de las ciudades inteligentes, a partir de temas clave y grupos temáticos.",
        "Multilevel (national and local) and interdisciplinary dialogue based on a common understanding among the members of the network.": "Un diálogo multinivel (nacional y local) e interdisciplinario basado en un entendimiento común entre los miembros de la red.",
        "Benefits": "Beneficios",
        "What members gain from taking part.": "Lo que ganan los miembros al participar.",
        "How members benefit from the International Smart Cities Network.": "Cómo se benefician los miembros de la Red Internacional de Ciudades Inteligentes.",
        "Further develop projects through continuous direct contact with international and German municipalities with smart city model projects, and peer-to-peer consultations in familiar groups.": "Seguir desarrollando proyectos gracias al contacto directo y continuo con municipios internacionales y alemanes con proyectos modelo de ciudad inteligente, y a consultas entre pares en grupos de confianza.",
        "Learn from each other and strengthen one's own visibility by exchanging good practices and lessons learned in an international context.": "Aprender unos de otros y reforzar la propia visibilidad intercambiando buenas prácticas y lecciones aprendidas en un contexto internacional.",
        "Working formats": "Formatos de trabajo",
        "How the network works between its larger meetings.": "Cómo trabaja la red entre sus reuniones principales.",
        "Knowledge transfer and peer-to-peer learning formats of the ISCN.": "Formatos de transferencia de conocimientos y aprendizaje entre pares de la ISCN.",
        "Knowledge transfer": "Transferencia de conocimientos",
        "The members' knowledge is compiled and made accessible to all members: informative surveys, a project database, a compilation of good practices and policies, and an expert directory.": "El conocimiento de los miembros se recopila y se pone a disposición de todos: encuestas informativas, una base de datos de proyectos, una compilación de buenas prácticas y políticas, y un directorio de expertos.",
        "Peer-to-peer learning": "Aprendizaje entre pares",
        "Members support each other on concrete projects through peer coaching (online or in place), sounding boards, webinars and joint participation in technical events.": "Los miembros se apoyan en proyectos concretos mediante asesoría entre pares (en línea o presencial), grupos de consulta, seminarios web y la participación conjunta en eventos técnicos.",
        "Participation": "Participación",
        "Who can take part and what members commit to.": "Quién puede participar y a qué se comprometen los miembros.",
        "The participation rules of the International Smart Cities Network.": "Las reglas de participación de la Red Internacional de Ciudades Inteligentes.",
        "The network comprises at most 15 partner countries, each assigning 1–2 representatives from the national level and 2–3 representatives from the municipal level.": "La red reúne como máximo 15 países socios, cada uno con 1–2 representantes del nivel nacional y 2–3 representantes del nivel municipal.",
        "Members provide expertise and experience and are working on strategies and projects in the field of smart cities.": "Los miembros aportan conocimientos y experiencia y trabajan en estrategias y proyectos en el ámbito de las ciudades inteligentes.",
        "Members commit to the work and exchange in the network and take part in its activities continuously.": "Los miembros se comprometen con el trabajo y el intercambio en la red y participan de forma continua en sus actividades.",
        "Members benefit from the network infrastructure provided by the federal ministry and delivered by the secretariat; travel costs are in general not covered.": "Los miembros se benefician de la infraestructura de la red que ofrece el ministerio federal y gestiona la secretaría; por lo general, los gastos de viaje no se cubren.",
        "The secretariat": "La secretaría",
        "The network's contact point.": "El punto de contacto de la red.",
        "The ISCN secretariat coordinates the network and its activities.": "La secretaría de la ISCN coordina la red y sus actividades.",
        "The secretariat supports and coordinates the network and its activities. It organises the network meetings, from the concept to their documentation, and is in charge of knowledge management and the network's presentation to the public.": "La secretaría apoya y coordina la red y sus actividades. Organiza las reuniones de la red, desde su concepción hasta su documentación, y se encarga de la gestión del conocimiento y de la presentación pública de la red.",
        "Privacy": "Privacidad",
        "How this site handles personal data.": "Cómo trata este sitio los datos personales.",
        "Privacy notice of the ISCN platform.": "Aviso de privacidad de la plataforma ISCN.",
        "Public pages set no tracking cookies. Members' accounts and profiles are stored only to run the members area; members can download their data or ask for its deletion at any time.": "Las páginas públicas no usan cookies de seguimiento. Las cuentas y los perfiles de los miembros se guardan solo para el área de miembros; los miembros pueden descargar sus datos o pedir su eliminación en cualquier momento.",
        "Imprint": "Aviso legal",
        "Who is responsible for this site.": "Quién es responsable de este sitio.",
        "Imprint of the ISCN platform.": "Aviso legal de la plataforma ISCN.",
        "The ISCN platform is run by the network secretariat on behalf of the German Federal Ministry responsible for urban development.": "La plataforma ISCN la gestiona la secretaría de la red en nombre del Ministerio Federal alemán responsable del desarrollo urbano.",
    },
    "pt": {
        "International Smart Cities Network": "Rede Internacional de Cidades Inteligentes",
        "Shaping the digital transformation of cities together": "Moldar juntos a transformação digital das cidades",
        "The International Smart Cities Network (ISCN) connects national ministries and municipalities who learn from each other how to make the digital transformation of cities sustainable and inclusive.": "A Rede Internacional de Cidades Inteligentes (ISCN) une ministérios nacionais e municípios que aprendem uns com os outros como tornar a transformação digital das cidades sustentável e inclusiva.",
        "The ISCN connects ministries and cities from Germany, Brazil, Chile, India, Mexico and Peru for mutual learning on sustainable, inclusive smart cities.": "A ISCN une ministérios e cidades da Alemanha, Brasil, Chile, Índia, México e Peru para aprenderem juntos sobre cidades inteligentes sustentáveis e inclusivas.",
        "Why the network exists": "Por que a rede existe",
        "Despite different contexts, cities worldwide face similar challenges of sustainable digital transformation. The exchange between cities and ministries of urban development broadens the discussion, promotes a common understanding and strengthens common learning processes.": "Apesar de contextos diferentes, cidades do mundo inteiro enfrentam desafios semelhantes na transformação digital sustentável. O intercâmbio entre cidades e ministérios de desenvolvimento urbano amplia o debate, promove um entendimento comum e fortalece processos de aprendizagem compartilhados.",
        "Cities and municipalities must play an active role in the design of their own smart city.": "Cidades e municípios devem ter um papel ativo na concepção da sua própria cidade inteligente.",
        "ISCN network meeting, Stuttgart, 20 September 2019": "Encontro da rede ISCN, Stuttgart, 20 de setembro de 2019",
        "About the network": "Sobre a rede",
        "The ISCN promotes international exchange and knowledge transfer on the digital transformation of cities, at national and local level.": "A ISCN promove o intercâmbio internacional e a transferência de conhecimento sobre a transformação digital das cidades, nos níveis nacional e local.",
        "What the International Smart Cities Network is, who runs it and how it works.": "O que é a Rede Internacional de Cidades Inteligentes, quem a coordena e como funciona.",
        "Modern information and communication technologies open up new opportunities for cities: more citizen participation, efficient and transparent administration, integrated urban development, inclusion and secure public services.": "As modernas tecnologias de informação e comunicação abrem novas oportunidades para as cidades: mais participação cidadã, administração eficiente e transparente, desenvolvimento urbano integrado, inclusão e serviços públicos garantidos.",
        "Digitalisation also poses new challenges: data protection and data security, changes in the local economy and labour market, local self-determination and the digital divide.": "A digitalização também traz novos desafios: proteção e segurança de dados, mudanças na economia e no mercado de trabalho locais, autodeterminação local e a exclusão digital.",
        "The German Federal Ministry responsible for urban development initiated the network in cooperation with the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH.": "O Ministério Federal alemão responsável pelo desenvolvimento urbano criou a rede em cooperação com a Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH.",
        "Objectives": "Objetivos",
        "What the network sets out to do.": "O que a rede se propõe a fazer.",
        "The objectives of the International Smart Cities Network.": "Os objetivos da Rede Internacional de Cidades Inteligentes.",
        "Promote and facilitate bilateral and multilateral international exchange, mutual learning and knowledge transfer in the field of smart cities, based on key topics and thematic clusters.": "Promover e facilitar o intercâmbio internacional bilateral e multilateral, a aprendizagem mútua e a transferência de conhecimento no campo das cidades inteligentes, com base em temas-chave e grupos temáticos.",
        "Multilevel (national and local) and interdisciplinary dialogue based on a common understanding among the members of the network.": "Um diálogo multinível (nacional e local) e interdisciplinar, baseado num entendimento comum entre os membros da rede.",
        "Benefits": "Benefícios",
        "What members gain from taking part.": "O que os membros ganham ao participar.",
        "How members benefit from the International Smart Cities Network.": "Como os membros se beneficiam da Rede Internacional de Cidades Inteligentes.",
        "Further develop projects through continuous direct contact with international and German municipalities with smart city model projects, and peer-to-peer consultations in familiar groups.": "Desenvolver projetos por meio do contato direto e contínuo com municípios internacionais e alemães com projetos-modelo de cidades inteligentes, e de consultas entre pares em grupos de confiança.",
        "Learn from each other and strengthen one's own visibility by exchanging good practices and lessons learned in an international context.": "Aprender uns com os outros e reforçar a própria visibilidade trocando boas práticas e lições aprendidas num contexto internacional.",
        "Working formats": "Formatos de trabalho",
        "How the network works between its larger meetings.": "Como a rede trabalha entre os seus encontros maiores.",
        "Knowledge transfer and peer-to-peer learning formats of the ISCN.": "Formatos de transferência de conhecimento e aprendizagem entre pares da ISCN.",
        "Knowledge transfer": "Transferência de conhecimento",
        "The members' knowledge is compiled and made accessible to all members: informative surveys, a project database, a compilation of good practices and policies, and an expert directory.": "O conhecimento dos membros é reunido e disponibilizado a todos: pesquisas informativas, uma base de dados de projetos, uma compilação de boas práticas e políticas, e um diretório de especialistas.",
        "Peer-to-peer learning": "Aprendizagem entre pares",
        "Members support each other on concrete projects through peer coaching (online or in place), sounding boards, webinars and joint participation in technical events.": "Os membros apoiam-se mutuamente em projetos concretos por meio de mentoria entre pares (online ou presencial), grupos de consulta, webinars e participação conjunta em eventos técnicos.",
        "Participation": "Participação",
        "Who can take part and what members commit to.": "Quem pode participar e com o que os membros se comprometem.",
        "The participation rules of the International Smart Cities Network.": "As regras de participação da Rede Internacional de Cidades Inteligentes.",
        "The network comprises at most 15 partner countries, each assigning 1–2 representatives from the national level and 2–3 representatives from the municipal level.": "A rede reúne no máximo 15 países parceiros, cada um com 1–2 representantes do nível nacional e 2–3 representantes do nível municipal.",
        "Members provide expertise and experience and are working on strategies and projects in the field of smart cities.": "Os membros contribuem com conhecimento e experiência e trabalham em estratégias e projetos no campo das cidades inteligentes.",
        "Members commit to the work and exchange in the network and take part in its activities continuously.": "Os membros comprometem-se com o trabalho e o intercâmbio na rede e participam continuamente das suas atividades.",
        "Members benefit from the network infrastructure provided by the federal ministry and delivered by the secretariat; travel costs are in general not covered.": "Os membros beneficiam da infraestrutura da rede oferecida pelo ministério federal e operada pelo secretariado; em geral, as despesas de viagem não são cobertas.",
        "The secretariat": "O secretariado",
        "The network's contact point.": "O ponto de contato da rede.",
        "The ISCN secretariat coordinates the network and its activities.": "O secretariado da ISCN coordena a rede e as suas atividades.",
        "The secretariat supports and coordinates the network and its activities. It organises the network meetings, from the concept to their documentation, and is in charge of knowledge management and the network's presentation to the public.": "O secretariado apoia e coordena a rede e as suas atividades. Organiza os encontros da rede, da concepção à documentação, e é responsável pela gestão do conhecimento e pela apresentação pública da rede.",
        "Privacy": "Privacidade",
        "How this site handles personal data.": "Como este site trata dados pessoais.",
        "Privacy notice of the ISCN platform.": "Aviso de privacidade da plataforma ISCN.",
        "Public pages set no tracking cookies. Members' accounts and profiles are stored only to run the members area; members can download their data or ask for its deletion at any time.": "As páginas públicas não usam cookies de rastreamento. As contas e os perfis dos membros são guardados apenas para a área de membros; os membros podem baixar os seus dados ou pedir a sua exclusão a qualquer momento.",
        "Imprint": "Expediente",
        "Who is responsible for this site.": "Quem é responsável por este site.",
        "Imprint of the ISCN platform.": "Expediente da plataforma ISCN.",
        "The ISCN platform is run by the network secretariat on behalf of the German Federal Ministry responsible for urban development.": "A plataforma ISCN é mantida pelo secretariado da rede em nome do Ministério Federal alemão responsável pelo desenvolvimento urbano.",
    },
}
