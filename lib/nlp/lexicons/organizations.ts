/**
 * Institutions that speak in the news. Source: written from general knowledge of English-language
 * international news, in the names and short forms of the AP and Reuters stylebooks: government
 * seats and bodies, legislatures, courts, armed forces, police and intelligence services,
 * agencies and central banks, the UN system and treaty organisations, parties, armed groups,
 * NGOs and think tanks, and the most-quoted companies. Case kept; match acronyms case-sensitively
 * ("WHO", not "Who"). One institution per line, "Canonical|variant|…", without a leading "the".
 */

/** Kinds of institution; INSTITUTION_OFFICIAL says which speak officially. */
export type InstitutionKind =
  | 'executive'
  | 'legislature'
  | 'court'
  | 'military'
  | 'police'
  | 'intelligence'
  | 'agency'
  | 'international'
  | 'party'
  | 'armed-group'
  | 'ngo'
  | 'company';

/**
 * Whether a kind speaks officially (types.ts). Armed groups are not, even those that govern
 * territory (Taliban, Hamas, Houthis): the engine may override from context.
 */
export const INSTITUTION_OFFICIAL: Readonly<Record<InstitutionKind, boolean>> = {
  executive: true,
  legislature: true,
  court: true,
  military: true,
  police: true,
  intelligence: true,
  agency: true,
  international: true,
  party: true,
  'armed-group': false,
  ngo: false,
  company: false,
};

/** Named institutions by kind, one per line, "Canonical|variant|…". */
export const INSTITUTIONS: Readonly<Record<InstitutionKind, string>> = {
  executive: `
Kremlin
White House
Pentagon|Department of Defense|Defense Department|Department of War|War Department|DoD
State Department|Department of State|U.S. State Department|US State Department
Treasury Department|Department of the Treasury|U.S. Treasury|US Treasury
Justice Department|Department of Justice|DOJ|U.S. Justice Department
Department of Homeland Security|Homeland Security Department|Homeland Security|DHS
Commerce Department|Department of Commerce
Department of Health and Human Services|Health and Human Services|HHS
Energy Department|Department of Energy
Labor Department|Department of Labor
Education Department|Department of Education
Agriculture Department|Department of Agriculture|USDA
Transportation Department|Department of Transportation
Interior Department|Department of the Interior
Department of Veterans Affairs|Veterans Affairs Department
Department of Housing and Urban Development|HUD
Office of Management and Budget|OMB
National Security Council|NSC
U.S. Trade Representative|USTR|Office of the U.S. Trade Representative
Department of Government Efficiency|DOGE
Downing Street|Number 10|No 10|No. 10
Whitehall
Foreign Office|Foreign, Commonwealth and Development Office|FCDO|Foreign and Commonwealth Office
Home Office
Ministry of Defence|MoD
HM Treasury
Cabinet Office
Scottish Government
Welsh Government
Elysee|Élysée|Elysee Palace|Élysée Palace
Quai d'Orsay
Matignon
Chancellery|German Chancellery
Palazzo Chigi
Moncloa
Zhongnanhai
State Council
Blue House
Bankova
Office of the President of Ukraine|Ukrainian Presidential Office|Presidential Office of Ukraine
Presidential Administration
Prime Minister's Office
Palestinian Authority|PA
Vatican|Holy See
European Commission|EU Commission
`,
  legislature: `
Congress|U.S. Congress|US Congress|Capitol Hill
Senate|U.S. Senate|US Senate
House of Representatives|House|U.S. House|US House
House Intelligence Committee
Senate Intelligence Committee
Senate Foreign Relations Committee
House Foreign Affairs Committee
Senate Armed Services Committee
House Armed Services Committee
House Judiciary Committee
Senate Judiciary Committee
House Oversight Committee
Parliament
House of Commons|Commons
House of Lords|Lords
Scottish Parliament|Holyrood
Senedd
European Parliament|EU Parliament
Bundestag
Bundesrat
National Assembly|Assemblée nationale
Duma|State Duma
Federation Council
Verkhovna Rada|Rada
Knesset
Majlis
Sejm
Diet|National Diet
Lok Sabha
Rajya Sabha
National People's Congress|NPC
Riksdag
Folketing
Storting
Cortes
Dail|Dáil
Oireachtas
Grand National Assembly
`,
  court: `
Supreme Court|U.S. Supreme Court|US Supreme Court
Constitutional Court
Federal Constitutional Court
High Court
Court of Appeal
International Court of Justice|ICJ|World Court
International Criminal Court|ICC
European Court of Human Rights|ECHR
European Court of Justice|ECJ|Court of Justice of the European Union|CJEU
Court of Arbitration for Sport|CAS
Special Tribunal for Lebanon
`,
  military: `
Joint Chiefs of Staff|Joint Chiefs
U.S. Army|US Army
U.S. Navy|US Navy
U.S. Air Force|US Air Force
U.S. Marine Corps|Marine Corps|Marines
U.S. Coast Guard|Coast Guard
National Guard
Space Force|U.S. Space Force
U.S. Central Command|Central Command|CENTCOM
U.S. European Command|European Command|EUCOM
Indo-Pacific Command|U.S. Indo-Pacific Command|INDOPACOM
U.S. Africa Command|Africa Command|AFRICOM
Southern Command|U.S. Southern Command|SOUTHCOM
British Army
Royal Navy
Royal Air Force|RAF
Bundeswehr
People's Liberation Army|PLA
Israel Defense Forces|IDF|Israeli Defense Forces
Islamic Revolutionary Guard Corps|Revolutionary Guards|Revolutionary Guard|IRGC
Armed Forces of Ukraine|Ukrainian Armed Forces|Ukraine's Armed Forces
General Staff of the Armed Forces of Ukraine|Ukrainian General Staff
Russian Armed Forces
Russian Defence Ministry|Russian Defense Ministry|Russia's Defence Ministry|Russia's Defense Ministry
Ukrainian Defence Ministry|Ukrainian Defense Ministry|Ukraine's Defence Ministry|Ukraine's Defense Ministry
Ukrainian Air Force|Ukraine's Air Force
Rosgvardia|Russian National Guard
Japan Self-Defense Forces|Self-Defense Forces
`,
  police: `
Federal Bureau of Investigation|FBI
Scotland Yard|Metropolitan Police|Met Police|Metropolitan Police Service
Immigration and Customs Enforcement|ICE|U.S. Immigration and Customs Enforcement
Customs and Border Protection|CBP|U.S. Customs and Border Protection
Border Patrol|U.S. Border Patrol
Drug Enforcement Administration|DEA
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
Secret Service|U.S. Secret Service
U.S. Marshals Service|Marshals Service
New York Police Department|NYPD
Los Angeles Police Department|LAPD
Chicago Police Department|CPD
Royal Canadian Mounted Police|RCMP|Mounties
Garda|Gardai|Gardaí|Garda Siochana|Garda Síochána
Police Service of Northern Ireland|PSNI
Police Scotland
Carabinieri
Gendarmerie
Interpol
Europol
Crown Prosecution Service|CPS
Serious Fraud Office|SFO
National Crime Agency|NCA
Investigative Committee|Russian Investigative Committee
Prosecutor General's Office
National Anti-Corruption Bureau|NABU
`,
  intelligence: `
Central Intelligence Agency|CIA
National Security Agency|NSA
Office of the Director of National Intelligence|ODNI
Defense Intelligence Agency|DIA
MI5|Security Service
MI6|Secret Intelligence Service|SIS
GCHQ
Federal Security Service|FSB
Foreign Intelligence Service|SVR
GRU|Main Intelligence Directorate
Security Service of Ukraine|SBU
Defence Intelligence of Ukraine|Ukraine's military intelligence|HUR|GUR
Mossad
Shin Bet|Shabak
BND
DGSE
DGSI
Inter-Services Intelligence|ISI
Canadian Security Intelligence Service
Australian Security Intelligence Organisation|ASIO
Research and Analysis Wing|RAW
National Intelligence Service|NIS
Ministry of State Security|MSS
`,
  agency: `
Federal Reserve|Fed|U.S. Federal Reserve|Federal Reserve Board
European Central Bank|ECB
Bank of England|BoE
Bank of Japan|BOJ|BoJ
People's Bank of China|PBOC
Reserve Bank of India|RBI
Bank of Canada
Reserve Bank of Australia|RBA
Swiss National Bank|SNB
Central Bank of Russia|Bank of Russia|Russian Central Bank
National Bank of Ukraine|NBU
Bundesbank
Securities and Exchange Commission|SEC
Commodity Futures Trading Commission|CFTC
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|Centers for Disease Control|CDC
National Institutes of Health|NIH
Environmental Protection Agency|EPA
Federal Aviation Administration|FAA
National Transportation Safety Board|NTSB
Federal Trade Commission|FTC
Federal Communications Commission|FCC
Federal Election Commission|FEC
Internal Revenue Service|IRS
NASA
National Oceanic and Atmospheric Administration|NOAA
National Weather Service
National Hurricane Center
Federal Emergency Management Agency|FEMA
Census Bureau|U.S. Census Bureau
Bureau of Labor Statistics|BLS
Congressional Budget Office|CBO
Government Accountability Office|GAO
Social Security Administration
U.S. Geological Survey|USGS
Office for National Statistics|ONS
Ofcom
Ofgem
Financial Conduct Authority|FCA
Competition and Markets Authority|CMA
Office for Budget Responsibility|OBR
National Health Service|NHS
UK Health Security Agency|UKHSA
Met Office
Electoral Commission
Election Commission of India
Central Election Commission
Roscosmos
Rosatom
Rosstat
Roskomnadzor
Rosaviatsia
Indian Space Research Organisation|ISRO
Japan Aerospace Exploration Agency|JAXA
Japan Meteorological Agency
Robert Koch Institute
`,
  international: `
United Nations|UN|U.N.
UN Security Council|U.N. Security Council|Security Council|UNSC
UN General Assembly|U.N. General Assembly|General Assembly|UNGA
UN Human Rights Council|U.N. Human Rights Council|Human Rights Council
UN Human Rights Office|OHCHR|Office of the UN High Commissioner for Human Rights
UNICEF|UN Children's Fund|U.N. Children's Fund
UNHCR|UN refugee agency|U.N. refugee agency
UNRWA
World Food Programme|World Food Program|WFP
UN Office for the Coordination of Humanitarian Affairs|OCHA
UNESCO
UN Development Programme|UNDP
UN Environment Programme|UNEP
Food and Agriculture Organization|FAO
World Health Organization|WHO
International Atomic Energy Agency|IAEA|UN nuclear watchdog|U.N. nuclear watchdog
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
International Labour Organization|International Labor Organization|ILO
International Organization for Migration|IOM
International Civil Aviation Organization|ICAO
International Maritime Organization|IMO
World Meteorological Organization|WMO
Organisation for the Prohibition of Chemical Weapons|OPCW
Intergovernmental Panel on Climate Change|IPCC
North Atlantic Treaty Organization|NATO|Nato
European Union|EU|E.U.
European Council
Council of the European Union|Council of the EU|EU Council
European Investment Bank|EIB
European Medicines Agency|EMA
European Space Agency|ESA
Eurostat
Frontex
Council of Europe
Organization for Security and Co-operation in Europe|OSCE
African Union|AU
Economic Community of West African States|ECOWAS
Southern African Development Community|SADC
Arab League|League of Arab States
Gulf Cooperation Council|GCC
Organisation of Islamic Cooperation|OIC
Association of Southeast Asian Nations|ASEAN
Asia-Pacific Economic Cooperation|APEC
Group of Seven|G7|G-7
Group of 20|G20|G-20|Group of Twenty
BRICS
Shanghai Cooperation Organisation|SCO
Organization of the Petroleum Exporting Countries|OPEC|OPEC+
Organisation for Economic Co-operation and Development|OECD
International Energy Agency|IEA
Organization of American States|OAS
Collective Security Treaty Organization|CSTO
Mercosur
International Olympic Committee|IOC
World Anti-Doping Agency|WADA
FIFA
UEFA
International Committee of the Red Cross|ICRC|Red Cross
International Federation of Red Cross and Red Crescent Societies|IFRC
Red Crescent|Palestine Red Crescent Society|Palestinian Red Crescent
`,
  party: `
Republican Party|Republicans|GOP|Republican National Committee|RNC
Democratic Party|Democrats|Democratic National Committee|DNC
Labour Party|Labour
Conservative Party|Conservatives|Tories|Tory Party
Liberal Democrats|Lib Dems
Reform UK
Scottish National Party|SNP
Sinn Fein|Sinn Féin
Democratic Unionist Party|DUP
Plaid Cymru
Green Party|Greens
Christian Democratic Union|CDU|Christian Democrats
Christian Social Union|CSU
Social Democratic Party|SPD|Social Democrats
Alternative for Germany|AfD
Free Democratic Party|FDP|Free Democrats
National Rally|Rassemblement National|RN
France Unbowed|La France Insoumise|LFI
Brothers of Italy|Fratelli d'Italia
Forza Italia
Five Star Movement|M5S
People's Party|Partido Popular|PP
Spanish Socialist Workers' Party|PSOE
Podemos
Fidesz
Law and Justice|PiS
Civic Platform|Civic Coalition
Freedom Party|FPO|FPÖ
Party for Freedom|PVV
Sweden Democrats
Swiss People's Party|SVP
Likud
Yesh Atid
Fatah
United Russia
Servant of the People
Georgian Dream
Chinese Communist Party|Communist Party of China|CCP|CPC|Communist Party
Politburo|Politburo Standing Committee
Central Military Commission
Workers' Party of Korea|WPK
Bharatiya Janata Party|BJP
Indian National Congress|Congress Party
Justice and Development Party|AKP|AK Party
Republican People's Party|CHP
African National Congress|ANC
Economic Freedom Fighters|EFF
Liberal Party
New Democratic Party|NDP
Bloc Quebecois|Bloc Québécois
Australian Labor Party
Liberal Democratic Party|LDP
Pakistan Tehreek-e-Insaf
Pakistan Muslim League-Nawaz|PML-N
Awami League
Bangladesh Nationalist Party
Morena
Workers' Party
`,
  'armed-group': `
Hamas
Hezbollah|Hizbollah
Houthis|Houthi movement|Ansar Allah
Islamic Jihad|Palestinian Islamic Jihad
Taliban
Islamic State|ISIS|ISIL|Daesh|Islamic State group
al Qaeda|al-Qaeda|Al Qaeda|Al-Qaeda|al-Qaida|Al-Qaida
al-Shabaab|al Shabaab|Al-Shabaab|Al Shabaab
Boko Haram
Kurdistan Workers' Party|PKK
Syrian Democratic Forces|SDF
Hayat Tahrir al-Sham|HTS
Rapid Support Forces|RSF
M23
Wagner Group|Wagner
Azov Brigade|Azov
Tigray People's Liberation Front|TPLF
Arakan Army
`,
  ngo: `
Amnesty International|Amnesty
Human Rights Watch|HRW
Doctors Without Borders|Medecins Sans Frontieres|Médecins Sans Frontières|MSF
Reporters Without Borders
Committee to Protect Journalists|CPJ
Transparency International
Greenpeace
Oxfam
Save the Children
International Rescue Committee|IRC
International Crisis Group|Crisis Group
Institute for the Study of War|ISW
Brookings Institution|Brookings
RAND Corporation|RAND
Council on Foreign Relations
Chatham House
Atlantic Council
Center for Strategic and International Studies|CSIS
Heritage Foundation
Carnegie Endowment for International Peace
Stockholm International Peace Research Institute|SIPRI
International Institute for Strategic Studies|IISS
Royal United Services Institute|RUSI
Pew Research Center|Pew
Gallup
YouGov
Ipsos
Syrian Observatory for Human Rights|SOHR
OVD-Info
Airwars
Integrated Food Security Phase Classification|IPC
`,
  company: `
Apple
Google|Alphabet
Microsoft
Amazon
Meta|Facebook
Tesla
SpaceX
Starlink
OpenAI
Nvidia
X Corp
TikTok|ByteDance
Huawei
Samsung
Sony
Toyota
Volkswagen
Boeing
Airbus
Lockheed Martin
Raytheon|RTX
Northrop Grumman
General Dynamics
BAE Systems
Rheinmetall
Gazprom
Rosneft
Lukoil
Novatek
Sberbank
VTB
Naftogaz
Ukrenergo
Energoatom
Saudi Aramco|Aramco
ExxonMobil|Exxon Mobil|Exxon
Chevron
Shell
BP
TotalEnergies
Glencore
JPMorgan|JPMorgan Chase
Goldman Sachs
Morgan Stanley
BlackRock
Citigroup|Citi
HSBC
Deutsche Bank
UBS
Credit Suisse
Pfizer
Moderna
BioNTech
AstraZeneca
Johnson & Johnson
Novo Nordisk
Walmart
Disney
Netflix
Uber
Intel
TSMC|Taiwan Semiconductor Manufacturing Co
Alibaba
Tencent
Foxconn
`,
};

/**
 * Generic institutions by kind, lower-case, one per line ("foreign ministry", "police"): whose
 * they are comes from a demonym or possessive before them ("Russia's Foreign Ministry").
 */
export const GENERIC_INSTITUTIONS: Readonly<Record<InstitutionKind, string>> = {
  executive: `
government
administration
cabinet
presidency
presidential office
president's office
prime minister's office
office of the president
foreign ministry
ministry of foreign affairs
foreign affairs ministry
defence ministry
defense ministry
ministry of defence
ministry of defense
interior ministry
ministry of internal affairs
home ministry
finance ministry
ministry of finance
economy ministry
economic ministry
trade ministry
commerce ministry
health ministry
ministry of health
justice ministry
ministry of justice
energy ministry
emergencies ministry
emergency ministry
emergency situations ministry
agriculture ministry
education ministry
culture ministry
transport ministry
environment ministry
information ministry
labour ministry
labor ministry
ministry
embassy
consulate
mission
city hall
town hall
municipality
city council
regional administration
regional government
military administration
governor's office
mayor's office
junta
regime
royal palace
palace
`,
  legislature: `
parliament
congress
senate
house
assembly
national assembly
legislature
lower house
upper house
state legislature
parliamentary committee
committee
`,
  court: `
court
supreme court
high court
constitutional court
appeals court
court of appeals
appellate court
district court
federal court
tribunal
military court
judiciary
`,
  military: `
military
army
navy
air force
armed forces
general staff
defence forces
defense forces
border guard
border guards
border service
coast guard
national guard
marines
special forces
air defence
air defense
air defence forces
military command
`,
  police: `
police
police force
police department
national police
state police
border police
riot police
sheriff's office
sheriff's department
prosecutor's office
prosecutors' office
public prosecutor's office
attorney general's office
district attorney's office
fire department
fire brigade
fire service
emergency services
rescue services
coast guard
coroner's office
medical examiner's office
`,
  intelligence: `
intelligence service
intelligence services
intelligence agency
intelligence agencies
spy agency
military intelligence
secret service
security service
security services
`,
  agency: `
central bank
election commission
electoral commission
statistics office
statistics agency
statistics bureau
weather service
meteorological agency
weather bureau
regulator
watchdog
space agency
nuclear regulator
health authority
health authorities
health service
civil aviation authority
aviation authority
`,
  international: `
`,
  party: `
ruling party
governing party
opposition party
party
`,
  'armed-group': `
militia
militants
rebels
insurgents
`,
  ngo: `
charity
aid group
aid agency
rights group
human rights group
advocacy group
watchdog group
think tank
monitoring group
`,
  company: `
company
firm
operator
manufacturer
carrier
airline
`,
};

/**
 * Head words that make a capitalised phrase an organisation ("Ministry of Health", "Acme Corp.",
 * "Leeds United"), case kept, whitespace-separated. Left out: "City" (also ends "New York City")
 * and "House". Source: heads of organisation names and company legal forms (Inc., plc, AG, SA).
 */
export const ORG_HEADS = `
Ministry Department Agency Office Bureau Directorate Administration Authority Commission
Committee Council Board Service Services Secretariat Inspectorate Command Corps Guard Force
Forces Army Navy Police Constabulary Brigade Battalion Regiment Division Fleet
Party Movement Front Alliance Coalition League Congress Assembly Parliament Senate Chamber
Court Tribunal Bank Fund Exchange Reserve Treasury
University College School Academy Institute Institution Laboratory Laboratories Observatory
Museum Library Hospital Clinic Center Centre Foundation Trust Society Association Federation
Confederation Union Organization Organisation Network Initiative Project Program Programme
Group Holdings Holding Company Companies Partners Enterprises Industries Corporation
Corp Corp. Inc Inc. Ltd Ltd. LLC LLP PLC plc Co Co. AG SA S.A. SE NV N.V. GmbH BV AB ASA SpA
Airlines Airways Motors Electric Dynamics Energy Oil Petroleum Gas Pharmaceuticals Technologies Systems Media
Communications Associates Consulting Securities Investments Insurance Electronics Telecom
Bros Bros. Brothers
News Press Times Post Journal Herald Telegraph Tribune Gazette Radio Television
Church Diocese Mosque Synagogue
Club FC United Athletic Athletico Rovers Wanderers Olympique Sporting Real
`;
