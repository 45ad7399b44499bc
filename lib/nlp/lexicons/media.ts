/**
 * News media as sources. Source: written from general knowledge of the outlets English-language
 * international news cites (world and national news agencies, public and commercial
 * broadcasters, newspapers of record, online outlets, magazines), as they style themselves in
 * English, with the short forms news uses. Case kept; match initialisms case-sensitively.
 * Format: one outlet per line, "Canonical|variant|…". An entry starting with "The" needs the
 * article ("The Sun", "The Hill"); any other may follow an optional "the" ("the BBC").
 */

/** Kinds of news media. */
export type MediaKind = 'agency' | 'broadcaster' | 'newspaper' | 'online' | 'magazine';

/** Named outlets by kind, one per line, "Canonical|variant|…". */
export const MEDIA: Readonly<Record<MediaKind, string>> = {
  agency: `
Reuters|Thomson Reuters|Reuters news agency
Associated Press|AP|The Associated Press
Agence France-Presse|AFP|Agence France Presse|France-Presse
Bloomberg|Bloomberg News
Dow Jones Newswires|Dow Jones
TASS|Tass|ITAR-TASS
RIA Novosti|RIA
Interfax
Interfax-Ukraine
Sputnik
Xinhua|Xinhua News Agency
China News Service
Yonhap|Yonhap News Agency
Korean Central News Agency|KCNA
Kyodo|Kyodo News
Jiji Press|Jiji
Anadolu|Anadolu Agency
dpa|DPA|Deutsche Presse-Agentur
ANSA
EFE
Europa Press
Press Trust of India|PTI
Asian News International|ANI
IANS
Associated Press of Pakistan|APP
Bernama
Antara
PA Media|Press Association|PA news agency
Australian Associated Press|AAP
Canadian Press
Islamic Republic News Agency|IRNA
Fars|Fars News Agency
Tasnim|Tasnim News Agency
ISNA
Mehr|Mehr News Agency
Syrian Arab News Agency|SANA
WAFA
Middle East News Agency|MENA
Emirates News Agency|WAM
Saudi Press Agency|SPA
Qatar News Agency|QNA
Kuwait News Agency|KUNA
Jordan News Agency|Petra
Ukrinform
UNIAN
BelTA
Kazinform
Polish Press Agency|PAP
CTK
MTI
Agerpres
Lusa
Belga
ANP
APA
Keystone-SDA
NTB
TT
Ritzau
Prensa Latina
Vietnam News Agency|VNA
Central News Agency
Philippine News Agency
`,
  broadcaster: `
BBC|British Broadcasting Corporation|BBC News|BBC World Service
CNN
Fox News|Fox News Channel|Fox Business
NBC|NBC News
CBS|CBS News
ABC News|ABC
NPR|National Public Radio
PBS|PBS NewsHour
MSNBC|MS NOW
CNBC
C-SPAN
ESPN
Telemundo
Univision
Al Jazeera|Al-Jazeera|Aljazeera
Al Arabiya
Al Hadath
Alhurra
Asharq News
Al Mayadeen
Al Manar
Sky News
ITV|ITV News
Channel 4|Channel 4 News
GB News
RTE|RTÉ
France 24
BFMTV|BFM TV
TF1
France Televisions|France Télévisions
Radio France
Radio France Internationale|RFI
Deutsche Welle|DW
ARD
ZDF
RAI
RTVE
Euronews
RT|Russia Today
Channel One|Channel One Russia|Pervy Kanal
Rossiya 1|Russia-1|Rossiya-1
NTV
Zvezda
Radio Free Europe/Radio Liberty|RFE/RL|Radio Free Europe|Radio Liberty
Voice of America|VOA
Radio Free Asia|RFA
China Central Television|CCTV
CGTN|China Global Television Network
Phoenix TV|Phoenix Television
NHK|NHK World
KBS
YTN
Arirang
Korean Central Television|KCTV
Channel NewsAsia|CNA
Australian Broadcasting Corporation
SBS
CBC|CBC News|Canadian Broadcasting Corporation|Radio-Canada
CTV|CTV News
Global News
Suspilne
Hromadske
Kan|Kan public broadcaster
Channel 12|N12
Channel 13
i24NEWS|i24 News
Press TV
Islamic Republic of Iran Broadcasting|IRIB
TRT|TRT World
NDTV
Times Now
Republic TV
Geo News|Geo TV
ARY News
TV Globo|Globo
Televisa
SABC
`,
  newspaper: `
New York Times|NYT|NY Times
Washington Post|WaPo
Wall Street Journal|WSJ
USA Today
Los Angeles Times|LA Times|L.A. Times
Chicago Tribune
Boston Globe
San Francisco Chronicle
Miami Herald
New York Post
New York Daily News
Newsday
Houston Chronicle
Dallas Morning News
Philadelphia Inquirer
Atlanta Journal-Constitution
Seattle Times
Star Tribune
Tampa Bay Times
Washington Times
Financial Times|FT
The Times|Times of London
Sunday Times|The Sunday Times
Guardian|The Guardian
Observer|The Observer
Daily Telegraph|The Telegraph|Sunday Telegraph
The Independent
Daily Mail|Mail on Sunday|MailOnline
The Sun
Daily Mirror
Evening Standard
Daily Express
The Scotsman
Irish Times
Irish Independent
Le Monde
Le Figaro
Liberation|Libération
Les Echos
Le Parisien
Ouest-France
Journal du Dimanche|JDD
Die Zeit
Frankfurter Allgemeine Zeitung|Frankfurter Allgemeine|FAZ
Sueddeutsche Zeitung|Süddeutsche Zeitung
Bild|Bild am Sonntag
Die Welt|Welt am Sonntag
Handelsblatt
Tagesspiegel|Der Tagesspiegel
Neue Zuercher Zeitung|Neue Zürcher Zeitung|NZZ
Der Standard
Corriere della Sera
La Repubblica
La Stampa
Il Sole 24 Ore
El Pais|El País
El Mundo
La Vanguardia
De Telegraaf
de Volkskrant|Volkskrant
NRC
Aftenposten
Dagens Nyheter
Svenska Dagbladet
Helsingin Sanomat
Politiken
Gazeta Wyborcza
Kommersant
Vedomosti
Izvestia
Rossiyskaya Gazeta
Komsomolskaya Pravda
Novaya Gazeta
Kyiv Post
Haaretz
Jerusalem Post
Yedioth Ahronoth|Yedioth Aharonoth|Yediot Ahronot
Maariv
Israel Hayom
Al-Ahram|Al Ahram
Asharq Al-Awsat
Al-Quds Al-Arabi
Gulf News
Khaleej Times
Arab News
Daily Sabah
Hurriyet|Hürriyet
Cumhuriyet
Tehran Times
Kayhan
Dawn
Express Tribune|The Express Tribune
Times of India
Hindustan Times
The Hindu
Indian Express|The Indian Express
Economic Times
Daily Star
People's Daily|Renmin Ribao
Global Times
China Daily
South China Morning Post|SCMP
Asahi Shimbun|Asahi
Yomiuri Shimbun|Yomiuri
Mainichi Shimbun|Mainichi
Nikkei|Nihon Keizai Shimbun|Nikkei Asia
Japan Times
Chosun Ilbo
JoongAng Ilbo
Dong-A Ilbo
Korea Herald
Korea Times
Hankyoreh
Rodong Sinmun
Straits Times
Sydney Morning Herald|SMH
The Age
The Australian
Australian Financial Review|AFR
Globe and Mail
Toronto Star
National Post
New Zealand Herald
Clarin|Clarín
La Nacion|La Nación
Folha de S.Paulo|Folha de Sao Paulo|Folha
O Globo
O Estado de S. Paulo|Estado de S. Paulo|Estadao|Estadão
El Universal
Reforma
La Jornada
El Tiempo
Daily Nation
Mail & Guardian
Premium Times
`,
  online: `
Politico|POLITICO|Politico Europe
Axios
Semafor
The Hill
HuffPost|Huffington Post
BuzzFeed News
Vox
Vice News|Vice Media
Business Insider
Daily Beast|The Daily Beast
Breitbart|Breitbart News
The Intercept
ProPublica
The Free Press
Mediapart
Meduza
Mediazona
The Insider
Important Stories|iStories
Moscow Times|The Moscow Times
Kyiv Independent|The Kyiv Independent
Ukrainska Pravda
RBC
Fontanka
Bellingcat
Times of Israel|The Times of Israel
Ynet|Ynetnews
Middle East Eye
Al-Monitor
Rudaw
Kurdistan24
The Wire
Rappler
Malaysiakini
News24
Daily Maverick
Yahoo News
TechCrunch
The Verge
Ars Technica
Deadline Hollywood
The Athletic
Breaking Defense
Defense News
`,
  magazine: `
Economist|The Economist
Time magazine|TIME
Newsweek
The Atlantic
New Yorker|The New Yorker
New York magazine
Foreign Affairs
Foreign Policy
Spectator|The Spectator
New Statesman
Der Spiegel|Spiegel
Stern magazine|Der Stern
L'Express
Le Point
Paris Match
Jeune Afrique
Forbes
Fortune
The Nation
Mother Jones
National Review
Rolling Stone
Vanity Fair
Wired
Variety
Hollywood Reporter|The Hollywood Reporter
The Lancet|Lancet
New England Journal of Medicine|NEJM
BMJ
Caixin
Private Eye
Harper's|Harper's Magazine
Janes|Jane's
`,
};

/** Single-word heads of generic media phrases ("media", "television", "agency"), whitespace-separated. */
export const MEDIA_GENERIC_HEADS = `
media press television TV radio agency newspaper newspapers paper papers daily dailies tabloid
tabloids outlet outlets broadcaster broadcasters channel channels network networks website
websites reports
`;
