/**
 * Outlets as data: who publishes on a domain, from which country, and under whose control, so the
 * popup can label each outlet in cross-outlet coverage. Unknown domains are not guessed at: an
 * outlet missing here is shown as unknown.
 *
 * Where it comes from: hand-compiled from each outlet's English Wikipedia article (its lead and
 * infobox: owner, funding and the ownership statements there), with Wikidata P17 (country) and
 * P127 (owned by) for country and owner; every entry reviewed by hand. Compiled 2026-11.
 *
 * What a kind means (the rule each entry was judged by):
 * - news-agency: a wire service selling copy to other outlets, owned privately or as a
 *   co-operative, or publicly funded under a statute that keeps the government out of its newsroom.
 * - public-broadcaster: a publicly owned or funded broadcaster whose editorial independence is set
 *   in law (charter, statute, licence fee).
 * - state-affiliated: a state or ruling party owns, funds or runs it and no law keeps it out of the
 *   editorial line; its article calls it state-run, state-owned or an official organ. Each one
 *   carries a note saying why. State affiliation is never inferred from the country alone: an
 *   outlet from a country with state media is 'private' unless its own article says otherwise.
 * - private: privately owned, for profit or not (companies, trusts, foundations).
 * When the sources did not settle the kind, the outlet was left out rather than guessed:
 * The Straits Times (SPH Media Trust, state-funded since 2022), CNA Singapore (Mediacorp, owned by
 * Temasek), Arab News and Asharq Al-Awsat (SRMG), The National (UAE), Euronews (country and funding
 * in flux), Arirang, Antara, and MSNBC (rebranded in 2025, its domain in flux).
 *
 * Country: the country the outlet belongs to (incorporated and owned or funded there); an outlet in
 * exile carries the country it now works from, and its note says so.
 * Domains: registrable domains, or a full host where the registrable domain is shared with other
 * services (abcnews.go.com, news.yahoo.com, folha.uol.com.br).
 */

export type OutletKind = 'news-agency' | 'public-broadcaster' | 'state-affiliated' | 'private';

export interface OutletEntry {
  /** Registrable domains the outlet publishes on ("bbc.co.uk", "bbc.com"). */
  domains: string[];
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  kind: OutletKind;
  /** The page that supports `kind` (the outlet's English Wikipedia article). */
  source: string;
  /** Optional one-line why for a kind that readers may question (e.g. "funded by the Qatari state"). */
  note?: string;
}

const wiki = (title: string): string => `https://en.wikipedia.org/wiki/${title}`;

export const OUTLETS: readonly OutletEntry[] = [
  // News agencies
  { domains: ['reuters.com'], name: 'Reuters', country: 'GB', kind: 'news-agency', source: wiki('Reuters') },
  { domains: ['apnews.com', 'ap.org'], name: 'Associated Press', country: 'US', kind: 'news-agency', source: wiki('Associated_Press') },
  { domains: ['afp.com'], name: 'Agence France-Presse', country: 'FR', kind: 'news-agency', source: wiki('Agence_France-Presse'), note: 'part-funded by the French state; its 1957 statute guarantees its independence' },
  { domains: ['dpa.com'], name: 'dpa (Deutsche Presse-Agentur)', country: 'DE', kind: 'news-agency', source: wiki('Deutsche_Presse-Agentur') },
  { domains: ['ansa.it'], name: 'ANSA', country: 'IT', kind: 'news-agency', source: wiki('Agenzia_Nazionale_Stampa_Associata'), note: 'a co-operative of Italian newspaper publishers' },
  { domains: ['efe.com'], name: 'EFE', country: 'ES', kind: 'news-agency', source: wiki('EFE'), note: 'owned by the Spanish state through the holding company SEPI' },
  { domains: ['kyodonews.net', 'kyodonews.jp'], name: 'Kyodo News', country: 'JP', kind: 'news-agency', source: wiki('Kyodo_News') },
  { domains: ['jiji.com'], name: 'Jiji Press', country: 'JP', kind: 'news-agency', source: wiki('Jiji_Press') },
  { domains: ['yna.co.kr'], name: 'Yonhap News Agency', country: 'KR', kind: 'news-agency', source: wiki('Yonhap_News_Agency'), note: "South Korea's national news agency, publicly funded under law" },
  { domains: ['ptinews.com'], name: 'Press Trust of India', country: 'IN', kind: 'news-agency', source: wiki('Press_Trust_of_India') },
  { domains: ['aninews.in'], name: 'Asian News International', country: 'IN', kind: 'news-agency', source: wiki('Asian_News_International') },
  { domains: ['interfax.ru', 'interfax.com'], name: 'Interfax', country: 'RU', kind: 'news-agency', source: wiki('Interfax') },
  { domains: ['aap.com.au'], name: 'Australian Associated Press', country: 'AU', kind: 'news-agency', source: wiki('Australian_Associated_Press') },
  { domains: ['focustaiwan.tw', 'cna.com.tw'], name: 'Central News Agency (Focus Taiwan)', country: 'TW', kind: 'news-agency', source: wiki('Central_News_Agency_(Taiwan)'), note: "Taiwan's national news agency, publicly funded under its own statute" },
  { domains: ['upi.com'], name: 'United Press International', country: 'US', kind: 'news-agency', source: wiki('United_Press_International'), note: 'owned by News World Communications, founded by the Unification Church' },
  { domains: ['thecanadianpress.com'], name: 'The Canadian Press', country: 'CA', kind: 'news-agency', source: wiki('The_Canadian_Press') },

  // Public broadcasters
  { domains: ['bbc.co.uk', 'bbc.com'], name: 'BBC', country: 'GB', kind: 'public-broadcaster', source: wiki('BBC') },
  { domains: ['npr.org'], name: 'NPR', country: 'US', kind: 'public-broadcaster', source: wiki('NPR') },
  { domains: ['pbs.org'], name: 'PBS', country: 'US', kind: 'public-broadcaster', source: wiki('PBS') },
  { domains: ['voanews.com'], name: 'Voice of America', country: 'US', kind: 'public-broadcaster', source: wiki('Voice_of_America'), note: 'funded by the US government through the US Agency for Global Media; its charter requires independent news' },
  { domains: ['rferl.org'], name: 'Radio Free Europe/Radio Liberty', country: 'US', kind: 'public-broadcaster', source: wiki('Radio_Free_Europe/Radio_Liberty'), note: 'funded by the US Congress through the US Agency for Global Media; based in Prague' },
  { domains: ['rfa.org'], name: 'Radio Free Asia', country: 'US', kind: 'public-broadcaster', source: wiki('Radio_Free_Asia'), note: 'funded by the US Congress through the US Agency for Global Media' },
  { domains: ['cbc.ca', 'radio-canada.ca'], name: 'CBC/Radio-Canada', country: 'CA', kind: 'public-broadcaster', source: wiki('Canadian_Broadcasting_Corporation') },
  { domains: ['abc.net.au'], name: 'ABC (Australia)', country: 'AU', kind: 'public-broadcaster', source: wiki('Australian_Broadcasting_Corporation') },
  { domains: ['sbs.com.au'], name: 'SBS', country: 'AU', kind: 'public-broadcaster', source: wiki('Special_Broadcasting_Service') },
  { domains: ['rnz.co.nz'], name: 'RNZ', country: 'NZ', kind: 'public-broadcaster', source: wiki('Radio_New_Zealand') },
  { domains: ['rte.ie'], name: 'RTÉ', country: 'IE', kind: 'public-broadcaster', source: wiki('RTÉ') },
  { domains: ['dw.com'], name: 'Deutsche Welle', country: 'DE', kind: 'public-broadcaster', source: wiki('Deutsche_Welle'), note: 'funded from the German federal budget; independent by law' },
  { domains: ['tagesschau.de', 'ard.de'], name: 'ARD (tagesschau)', country: 'DE', kind: 'public-broadcaster', source: wiki('ARD_(broadcaster)') },
  { domains: ['zdf.de', 'zdfheute.de'], name: 'ZDF', country: 'DE', kind: 'public-broadcaster', source: wiki('ZDF') },
  { domains: ['deutschlandfunk.de'], name: 'Deutschlandfunk', country: 'DE', kind: 'public-broadcaster', source: wiki('Deutschlandfunk') },
  { domains: ['france24.com'], name: 'France 24', country: 'FR', kind: 'public-broadcaster', source: wiki('France_24'), note: 'owned by the French state through France Médias Monde; independent by law' },
  { domains: ['rfi.fr'], name: 'Radio France Internationale', country: 'FR', kind: 'public-broadcaster', source: wiki('Radio_France_Internationale'), note: 'owned by the French state through France Médias Monde; independent by law' },
  { domains: ['francetvinfo.fr', 'france.tv'], name: 'France Télévisions (franceinfo)', country: 'FR', kind: 'public-broadcaster', source: wiki('France_Télévisions') },
  { domains: ['radiofrance.fr', 'franceinter.fr'], name: 'Radio France', country: 'FR', kind: 'public-broadcaster', source: wiki('Radio_France') },
  { domains: ['nhk.or.jp'], name: 'NHK', country: 'JP', kind: 'public-broadcaster', source: wiki('NHK') },
  { domains: ['kbs.co.kr'], name: 'KBS', country: 'KR', kind: 'public-broadcaster', source: wiki('Korean_Broadcasting_System') },
  { domains: ['svt.se'], name: 'SVT', country: 'SE', kind: 'public-broadcaster', source: wiki('Sveriges_Television') },
  { domains: ['sverigesradio.se'], name: 'Sveriges Radio', country: 'SE', kind: 'public-broadcaster', source: wiki('Sveriges_Radio') },
  { domains: ['nrk.no'], name: 'NRK', country: 'NO', kind: 'public-broadcaster', source: wiki('NRK') },
  { domains: ['yle.fi'], name: 'Yle', country: 'FI', kind: 'public-broadcaster', source: wiki('Yle') },
  { domains: ['dr.dk'], name: 'DR', country: 'DK', kind: 'public-broadcaster', source: wiki('DR_(broadcaster)') },
  { domains: ['orf.at'], name: 'ORF', country: 'AT', kind: 'public-broadcaster', source: wiki('ORF_(broadcaster)') },
  { domains: ['srf.ch'], name: 'SRF', country: 'CH', kind: 'public-broadcaster', source: wiki('Schweizer_Radio_und_Fernsehen') },
  { domains: ['rts.ch'], name: 'RTS', country: 'CH', kind: 'public-broadcaster', source: wiki('Radio_Télévision_Suisse') },
  { domains: ['swissinfo.ch'], name: 'SWI swissinfo.ch', country: 'CH', kind: 'public-broadcaster', source: wiki('SRG_SSR'), note: 'the international service of SRG SSR, the Swiss public broadcaster' },
  { domains: ['rai.it', 'rainews.it'], name: 'RAI', country: 'IT', kind: 'public-broadcaster', source: wiki('RAI') },
  { domains: ['rtve.es'], name: 'RTVE', country: 'ES', kind: 'public-broadcaster', source: wiki('RTVE') },
  { domains: ['nos.nl'], name: 'NOS', country: 'NL', kind: 'public-broadcaster', source: wiki('Nederlandse_Omroep_Stichting') },
  { domains: ['rtp.pt'], name: 'RTP', country: 'PT', kind: 'public-broadcaster', source: wiki('Rádio_e_Televisão_de_Portugal') },
  { domains: ['ert.gr'], name: 'ERT', country: 'GR', kind: 'public-broadcaster', source: wiki('Hellenic_Broadcasting_Corporation') },
  { domains: ['ceskatelevize.cz'], name: 'Czech Television', country: 'CZ', kind: 'public-broadcaster', source: wiki('Czech_Television') },
  { domains: ['sabcnews.com', 'sabc.co.za'], name: 'SABC', country: 'ZA', kind: 'public-broadcaster', source: wiki('South_African_Broadcasting_Corporation') },

  // State-affiliated media
  { domains: ['xinhuanet.com', 'news.cn'], name: 'Xinhua', country: 'CN', kind: 'state-affiliated', source: wiki('Xinhua_News_Agency'), note: "China's official state news agency" },
  { domains: ['cgtn.com'], name: 'CGTN', country: 'CN', kind: 'state-affiliated', source: wiki('CGTN'), note: "part of China Media Group, run by the Communist Party's Propaganda Department" },
  { domains: ['cctv.com'], name: 'CCTV', country: 'CN', kind: 'state-affiliated', source: wiki('China_Central_Television'), note: "China's state broadcaster, part of China Media Group" },
  { domains: ['chinadaily.com.cn'], name: 'China Daily', country: 'CN', kind: 'state-affiliated', source: wiki('China_Daily'), note: "owned by the Communist Party's Propaganda Department" },
  { domains: ['globaltimes.cn'], name: 'Global Times', country: 'CN', kind: 'state-affiliated', source: wiki('Global_Times'), note: "published by People's Daily, the Communist Party's newspaper" },
  { domains: ['people.com.cn', 'people.cn'], name: "People's Daily", country: 'CN', kind: 'state-affiliated', source: wiki("People's_Daily"), note: 'official newspaper of the Central Committee of the Chinese Communist Party' },
  { domains: ['tass.com', 'tass.ru'], name: 'TASS', country: 'RU', kind: 'state-affiliated', source: wiki('TASS'), note: "Russia's state news agency" },
  { domains: ['ria.ru'], name: 'RIA Novosti', country: 'RU', kind: 'state-affiliated', source: wiki('RIA_Novosti'), note: 'run by Rossiya Segodnya, owned by the Russian state' },
  { domains: ['sputnikglobe.com', 'sputniknews.com'], name: 'Sputnik', country: 'RU', kind: 'state-affiliated', source: wiki('Sputnik_(news_agency)'), note: 'run by Rossiya Segodnya, owned by the Russian state' },
  { domains: ['rt.com'], name: 'RT', country: 'RU', kind: 'state-affiliated', source: wiki('RT_(TV_network)'), note: 'funded by the Russian state' },
  { domains: ['rg.ru'], name: 'Rossiyskaya Gazeta', country: 'RU', kind: 'state-affiliated', source: wiki('Rossiyskaya_Gazeta'), note: 'official newspaper of the Russian government' },
  { domains: ['1tv.ru', '1tv.com'], name: 'Channel One Russia', country: 'RU', kind: 'state-affiliated', source: wiki('Channel_One_Russia'), note: 'controlled by the Russian state' },
  { domains: ['vesti.ru', 'smotrim.ru'], name: 'Vesti (VGTRK)', country: 'RU', kind: 'state-affiliated', source: wiki('All-Russia_State_Television_and_Radio_Broadcasting_Company'), note: 'owned by the Russian state' },
  { domains: ['kcna.kp'], name: 'Korean Central News Agency', country: 'KP', kind: 'state-affiliated', source: wiki('Korean_Central_News_Agency'), note: "North Korea's state news agency" },
  { domains: ['rodong.rep.kp'], name: 'Rodong Sinmun', country: 'KP', kind: 'state-affiliated', source: wiki('Rodong_Sinmun'), note: "newspaper of the ruling Workers' Party of Korea" },
  { domains: ['irna.ir'], name: 'IRNA', country: 'IR', kind: 'state-affiliated', source: wiki('Islamic_Republic_News_Agency'), note: "Iran's official state news agency" },
  { domains: ['presstv.ir'], name: 'Press TV', country: 'IR', kind: 'state-affiliated', source: wiki('Press_TV'), note: "run by IRIB, Iran's state broadcaster" },
  { domains: ['aa.com.tr'], name: 'Anadolu Agency', country: 'TR', kind: 'state-affiliated', source: wiki('Anadolu_Agency'), note: "Turkey's state-run news agency" },
  { domains: ['trtworld.com'], name: 'TRT World', country: 'TR', kind: 'state-affiliated', source: wiki('TRT_World'), note: "international channel of TRT, Turkey's state-owned broadcaster" },
  { domains: ['aljazeera.com', 'aljazeera.net'], name: 'Al Jazeera', country: 'QA', kind: 'state-affiliated', source: wiki('Al_Jazeera'), note: 'funded by the Qatari state' },
  { domains: ['alarabiya.net'], name: 'Al Arabiya', country: 'SA', kind: 'state-affiliated', source: wiki('Al_Arabiya'), note: 'Saudi state-owned, part of MBC Group' },
  { domains: ['spa.gov.sa'], name: 'Saudi Press Agency', country: 'SA', kind: 'state-affiliated', source: wiki('Saudi_Press_Agency'), note: "Saudi Arabia's official state news agency" },
  { domains: ['wam.ae'], name: 'WAM (Emirates News Agency)', country: 'AE', kind: 'state-affiliated', source: wiki('Emirates_News_Agency'), note: "the United Arab Emirates' official state news agency" },
  { domains: ['ahram.org.eg'], name: 'Al-Ahram', country: 'EG', kind: 'state-affiliated', source: wiki('Al-Ahram'), note: 'majority owned by the Egyptian state' },
  { domains: ['wafa.ps'], name: 'Wafa', country: 'PS', kind: 'state-affiliated', source: wiki('Wafa'), note: 'official news agency of the Palestinian Authority' },
  { domains: ['ukrinform.net', 'ukrinform.ua'], name: 'Ukrinform', country: 'UA', kind: 'state-affiliated', source: wiki('Ukrinform'), note: "Ukraine's state news agency; the government appoints its head" },
  { domains: ['bernama.com'], name: 'Bernama', country: 'MY', kind: 'state-affiliated', source: wiki('Bernama'), note: "Malaysia's government news agency, under the communications ministry" },
  { domains: ['telesurtv.net', 'telesurenglish.net'], name: 'teleSUR', country: 'VE', kind: 'state-affiliated', source: wiki('Telesur'), note: 'funded mainly by the Venezuelan state' },
  { domains: ['granma.cu'], name: 'Granma', country: 'CU', kind: 'state-affiliated', source: wiki('Granma_(newspaper)'), note: 'official newspaper of the Communist Party of Cuba' },
  { domains: ['prensa-latina.cu', 'plenglish.com'], name: 'Prensa Latina', country: 'CU', kind: 'state-affiliated', source: wiki('Prensa_Latina'), note: "Cuba's state news agency" },

  // Privately owned: United States
  { domains: ['nytimes.com'], name: 'The New York Times', country: 'US', kind: 'private', source: wiki('The_New_York_Times') },
  { domains: ['washingtonpost.com'], name: 'The Washington Post', country: 'US', kind: 'private', source: wiki('The_Washington_Post') },
  { domains: ['wsj.com'], name: 'The Wall Street Journal', country: 'US', kind: 'private', source: wiki('The_Wall_Street_Journal') },
  { domains: ['usatoday.com'], name: 'USA Today', country: 'US', kind: 'private', source: wiki('USA_Today') },
  { domains: ['latimes.com'], name: 'Los Angeles Times', country: 'US', kind: 'private', source: wiki('Los_Angeles_Times') },
  { domains: ['chicagotribune.com'], name: 'Chicago Tribune', country: 'US', kind: 'private', source: wiki('Chicago_Tribune') },
  { domains: ['bostonglobe.com'], name: 'The Boston Globe', country: 'US', kind: 'private', source: wiki('The_Boston_Globe') },
  { domains: ['nypost.com'], name: 'New York Post', country: 'US', kind: 'private', source: wiki('New_York_Post') },
  { domains: ['washingtontimes.com'], name: 'The Washington Times', country: 'US', kind: 'private', source: wiki('The_Washington_Times'), note: 'owned by a media company of the Unification movement' },
  { domains: ['csmonitor.com'], name: 'The Christian Science Monitor', country: 'US', kind: 'private', source: wiki('The_Christian_Science_Monitor') },
  { domains: ['cnn.com'], name: 'CNN', country: 'US', kind: 'private', source: wiki('CNN') },
  { domains: ['foxnews.com'], name: 'Fox News', country: 'US', kind: 'private', source: wiki('Fox_News') },
  { domains: ['nbcnews.com'], name: 'NBC News', country: 'US', kind: 'private', source: wiki('NBC_News') },
  { domains: ['cbsnews.com'], name: 'CBS News', country: 'US', kind: 'private', source: wiki('CBS_News') },
  // go.com is Disney's shared domain: only the abcnews host is ABC News.
  { domains: ['abcnews.go.com', 'abcnews.com'], name: 'ABC News', country: 'US', kind: 'private', source: wiki('ABC_News_(United_States)') },
  { domains: ['cnbc.com'], name: 'CNBC', country: 'US', kind: 'private', source: wiki('CNBC') },
  { domains: ['bloomberg.com'], name: 'Bloomberg News', country: 'US', kind: 'private', source: wiki('Bloomberg_News') },
  { domains: ['politico.com'], name: 'Politico', country: 'US', kind: 'private', source: wiki('Politico') },
  { domains: ['axios.com'], name: 'Axios', country: 'US', kind: 'private', source: wiki('Axios_(website)') },
  { domains: ['thehill.com'], name: 'The Hill', country: 'US', kind: 'private', source: wiki('The_Hill_(newspaper)') },
  // yahoo.com is mail, finance and search too: only the news host is Yahoo News.
  { domains: ['news.yahoo.com'], name: 'Yahoo News', country: 'US', kind: 'private', source: wiki('Yahoo_News') },
  { domains: ['huffpost.com'], name: 'HuffPost', country: 'US', kind: 'private', source: wiki('HuffPost') },
  { domains: ['vox.com'], name: 'Vox', country: 'US', kind: 'private', source: wiki('Vox_(website)') },
  { domains: ['newsweek.com'], name: 'Newsweek', country: 'US', kind: 'private', source: wiki('Newsweek') },
  { domains: ['time.com'], name: 'Time', country: 'US', kind: 'private', source: wiki('Time_(magazine)') },
  { domains: ['theatlantic.com'], name: 'The Atlantic', country: 'US', kind: 'private', source: wiki('The_Atlantic') },
  { domains: ['newyorker.com'], name: 'The New Yorker', country: 'US', kind: 'private', source: wiki('The_New_Yorker') },
  { domains: ['businessinsider.com'], name: 'Business Insider', country: 'US', kind: 'private', source: wiki('Business_Insider') },
  { domains: ['forbes.com'], name: 'Forbes', country: 'US', kind: 'private', source: wiki('Forbes') },
  { domains: ['thedailybeast.com'], name: 'The Daily Beast', country: 'US', kind: 'private', source: wiki('The_Daily_Beast') },
  { domains: ['propublica.org'], name: 'ProPublica', country: 'US', kind: 'private', source: wiki('ProPublica') },
  { domains: ['theintercept.com'], name: 'The Intercept', country: 'US', kind: 'private', source: wiki('The_Intercept') },
  { domains: ['breitbart.com'], name: 'Breitbart News', country: 'US', kind: 'private', source: wiki('Breitbart_News') },
  { domains: ['foreignpolicy.com'], name: 'Foreign Policy', country: 'US', kind: 'private', source: wiki('Foreign_Policy') },
  { domains: ['al-monitor.com'], name: 'Al-Monitor', country: 'US', kind: 'private', source: wiki('Al-Monitor') },

  // Privately owned: United Kingdom and Ireland
  { domains: ['theguardian.com', 'guardian.co.uk'], name: 'The Guardian', country: 'GB', kind: 'private', source: wiki('The_Guardian') },
  { domains: ['telegraph.co.uk'], name: 'The Telegraph', country: 'GB', kind: 'private', source: wiki('The_Daily_Telegraph') },
  { domains: ['thetimes.com', 'thetimes.co.uk'], name: 'The Times', country: 'GB', kind: 'private', source: wiki('The_Times') },
  { domains: ['ft.com'], name: 'Financial Times', country: 'GB', kind: 'private', source: wiki('Financial_Times') },
  { domains: ['economist.com'], name: 'The Economist', country: 'GB', kind: 'private', source: wiki('The_Economist') },
  { domains: ['independent.co.uk'], name: 'The Independent', country: 'GB', kind: 'private', source: wiki('The_Independent') },
  { domains: ['dailymail.co.uk'], name: 'Daily Mail', country: 'GB', kind: 'private', source: wiki('Daily_Mail') },
  { domains: ['mirror.co.uk'], name: 'Daily Mirror', country: 'GB', kind: 'private', source: wiki('Daily_Mirror') },
  { domains: ['thesun.co.uk'], name: 'The Sun', country: 'GB', kind: 'private', source: wiki('The_Sun_(United_Kingdom)') },
  { domains: ['express.co.uk'], name: 'Daily Express', country: 'GB', kind: 'private', source: wiki('Daily_Express') },
  // sky.com is Sky's shop and TV service too: only the news host is Sky News.
  { domains: ['news.sky.com'], name: 'Sky News', country: 'GB', kind: 'private', source: wiki('Sky_News') },
  { domains: ['irishtimes.com'], name: 'The Irish Times', country: 'IE', kind: 'private', source: wiki('The_Irish_Times') },
  { domains: ['independent.ie'], name: 'Irish Independent', country: 'IE', kind: 'private', source: wiki('Irish_Independent') },

  // Privately owned: Europe
  { domains: ['politico.eu'], name: 'Politico Europe', country: 'BE', kind: 'private', source: wiki('Politico_Europe') },
  { domains: ['lemonde.fr'], name: 'Le Monde', country: 'FR', kind: 'private', source: wiki('Le_Monde') },
  { domains: ['lefigaro.fr'], name: 'Le Figaro', country: 'FR', kind: 'private', source: wiki('Le_Figaro') },
  { domains: ['liberation.fr'], name: 'Libération', country: 'FR', kind: 'private', source: wiki('Libération') },
  { domains: ['leparisien.fr'], name: 'Le Parisien', country: 'FR', kind: 'private', source: wiki('Le_Parisien') },
  { domains: ['bfmtv.com'], name: 'BFM TV', country: 'FR', kind: 'private', source: wiki('BFM_TV') },
  { domains: ['spiegel.de'], name: 'Der Spiegel', country: 'DE', kind: 'private', source: wiki('Der_Spiegel') },
  { domains: ['faz.net'], name: 'Frankfurter Allgemeine Zeitung', country: 'DE', kind: 'private', source: wiki('Frankfurter_Allgemeine_Zeitung') },
  { domains: ['sueddeutsche.de'], name: 'Süddeutsche Zeitung', country: 'DE', kind: 'private', source: wiki('Süddeutsche_Zeitung') },
  { domains: ['zeit.de'], name: 'Die Zeit', country: 'DE', kind: 'private', source: wiki('Die_Zeit') },
  { domains: ['bild.de'], name: 'Bild', country: 'DE', kind: 'private', source: wiki('Bild') },
  { domains: ['welt.de'], name: 'Die Welt', country: 'DE', kind: 'private', source: wiki('Die_Welt') },
  { domains: ['handelsblatt.com'], name: 'Handelsblatt', country: 'DE', kind: 'private', source: wiki('Handelsblatt') },
  { domains: ['elpais.com'], name: 'El País', country: 'ES', kind: 'private', source: wiki('El_País') },
  { domains: ['elmundo.es'], name: 'El Mundo', country: 'ES', kind: 'private', source: wiki('El_Mundo_(Spain)') },
  { domains: ['abc.es'], name: 'ABC (Spain)', country: 'ES', kind: 'private', source: wiki('ABC_(newspaper)') },
  { domains: ['lavanguardia.com'], name: 'La Vanguardia', country: 'ES', kind: 'private', source: wiki('La_Vanguardia') },
  { domains: ['corriere.it'], name: 'Corriere della Sera', country: 'IT', kind: 'private', source: wiki('Corriere_della_Sera') },
  { domains: ['repubblica.it'], name: 'la Repubblica', country: 'IT', kind: 'private', source: wiki('La_Repubblica') },
  { domains: ['lastampa.it'], name: 'La Stampa', country: 'IT', kind: 'private', source: wiki('La_Stampa') },
  { domains: ['nzz.ch'], name: 'Neue Zürcher Zeitung', country: 'CH', kind: 'private', source: wiki('Neue_Zürcher_Zeitung') },
  { domains: ['derstandard.at'], name: 'Der Standard', country: 'AT', kind: 'private', source: wiki('Der_Standard') },
  { domains: ['volkskrant.nl'], name: 'de Volkskrant', country: 'NL', kind: 'private', source: wiki('De_Volkskrant') },
  { domains: ['lesoir.be'], name: 'Le Soir', country: 'BE', kind: 'private', source: wiki('Le_Soir') },
  { domains: ['dn.se'], name: 'Dagens Nyheter', country: 'SE', kind: 'private', source: wiki('Dagens_Nyheter') },
  { domains: ['aftenposten.no'], name: 'Aftenposten', country: 'NO', kind: 'private', source: wiki('Aftenposten') },
  { domains: ['hs.fi'], name: 'Helsingin Sanomat', country: 'FI', kind: 'private', source: wiki('Helsingin_Sanomat') },
  { domains: ['wyborcza.pl'], name: 'Gazeta Wyborcza', country: 'PL', kind: 'private', source: wiki('Gazeta_Wyborcza') },
  { domains: ['kyivindependent.com'], name: 'The Kyiv Independent', country: 'UA', kind: 'private', source: wiki('The_Kyiv_Independent') },
  { domains: ['kyivpost.com'], name: 'Kyiv Post', country: 'UA', kind: 'private', source: wiki('Kyiv_Post') },
  { domains: ['pravda.com.ua'], name: 'Ukrainska Pravda', country: 'UA', kind: 'private', source: wiki('Ukrainska_Pravda') },
  { domains: ['meduza.io'], name: 'Meduza', country: 'LV', kind: 'private', source: wiki('Meduza'), note: 'Russian outlet in exile, working from Riga' },
  { domains: ['themoscowtimes.com'], name: 'The Moscow Times', country: 'NL', kind: 'private', source: wiki('The_Moscow_Times'), note: 'Russian outlet in exile, working from Amsterdam since 2022' },
  { domains: ['novayagazeta.ru'], name: 'Novaya Gazeta', country: 'RU', kind: 'private', source: wiki('Novaya_Gazeta') },
  { domains: ['kommersant.ru'], name: 'Kommersant', country: 'RU', kind: 'private', source: wiki('Kommersant') },
  { domains: ['vedomosti.ru'], name: 'Vedomosti', country: 'RU', kind: 'private', source: wiki('Vedomosti') },

  // Privately owned: Middle East, Asia and the Pacific
  { domains: ['haaretz.com', 'haaretz.co.il'], name: 'Haaretz', country: 'IL', kind: 'private', source: wiki('Haaretz') },
  { domains: ['timesofisrael.com'], name: 'The Times of Israel', country: 'IL', kind: 'private', source: wiki('The_Times_of_Israel') },
  { domains: ['jpost.com'], name: 'The Jerusalem Post', country: 'IL', kind: 'private', source: wiki('The_Jerusalem_Post') },
  { domains: ['ynetnews.com', 'ynet.co.il'], name: 'Ynet', country: 'IL', kind: 'private', source: wiki('Ynet') },
  { domains: ['israelhayom.com', 'israelhayom.co.il'], name: 'Israel Hayom', country: 'IL', kind: 'private', source: wiki('Israel_Hayom') },
  { domains: ['hindustantimes.com'], name: 'Hindustan Times', country: 'IN', kind: 'private', source: wiki('Hindustan_Times') },
  // indiatimes.com carries several titles of one publisher: each keeps its own host.
  { domains: ['timesofindia.indiatimes.com'], name: 'The Times of India', country: 'IN', kind: 'private', source: wiki('The_Times_of_India') },
  { domains: ['economictimes.indiatimes.com'], name: 'The Economic Times', country: 'IN', kind: 'private', source: wiki('The_Economic_Times') },
  { domains: ['thehindu.com'], name: 'The Hindu', country: 'IN', kind: 'private', source: wiki('The_Hindu') },
  { domains: ['ndtv.com'], name: 'NDTV', country: 'IN', kind: 'private', source: wiki('NDTV') },
  { domains: ['indianexpress.com'], name: 'The Indian Express', country: 'IN', kind: 'private', source: wiki('The_Indian_Express') },
  { domains: ['indiatoday.in'], name: 'India Today', country: 'IN', kind: 'private', source: wiki('India_Today') },
  { domains: ['thewire.in'], name: 'The Wire', country: 'IN', kind: 'private', source: wiki('The_Wire_(India)') },
  { domains: ['dawn.com'], name: 'Dawn', country: 'PK', kind: 'private', source: wiki('Dawn_(newspaper)') },
  { domains: ['tribune.com.pk'], name: 'The Express Tribune', country: 'PK', kind: 'private', source: wiki('The_Express_Tribune') },
  { domains: ['thedailystar.net'], name: 'The Daily Star (Bangladesh)', country: 'BD', kind: 'private', source: wiki('The_Daily_Star_(Bangladesh)') },
  { domains: ['scmp.com'], name: 'South China Morning Post', country: 'HK', kind: 'private', source: wiki('South_China_Morning_Post'), note: 'owned by the Alibaba Group' },
  { domains: ['caixinglobal.com', 'caixin.com'], name: 'Caixin', country: 'CN', kind: 'private', source: wiki('Caixin') },
  { domains: ['hongkongfp.com'], name: 'Hong Kong Free Press', country: 'HK', kind: 'private', source: wiki('Hong_Kong_Free_Press') },
  { domains: ['taipeitimes.com'], name: 'Taipei Times', country: 'TW', kind: 'private', source: wiki('Taipei_Times') },
  { domains: ['japantimes.co.jp'], name: 'The Japan Times', country: 'JP', kind: 'private', source: wiki('The_Japan_Times') },
  { domains: ['asahi.com'], name: 'The Asahi Shimbun', country: 'JP', kind: 'private', source: wiki('The_Asahi_Shimbun') },
  { domains: ['yomiuri.co.jp'], name: 'The Yomiuri Shimbun', country: 'JP', kind: 'private', source: wiki('Yomiuri_Shimbun') },
  { domains: ['nikkei.com'], name: 'Nikkei', country: 'JP', kind: 'private', source: wiki('The_Nikkei') },
  { domains: ['mainichi.jp'], name: 'The Mainichi', country: 'JP', kind: 'private', source: wiki('Mainichi_Shimbun') },
  { domains: ['koreaherald.com'], name: 'The Korea Herald', country: 'KR', kind: 'private', source: wiki('The_Korea_Herald') },
  { domains: ['joongang.co.kr'], name: 'JoongAng Ilbo', country: 'KR', kind: 'private', source: wiki('JoongAng_Ilbo') },
  { domains: ['chosun.com'], name: 'The Chosun Ilbo', country: 'KR', kind: 'private', source: wiki('The_Chosun_Ilbo') },
  { domains: ['hani.co.kr'], name: 'The Hankyoreh', country: 'KR', kind: 'private', source: wiki('The_Hankyoreh') },
  { domains: ['koreatimes.co.kr'], name: 'The Korea Times', country: 'KR', kind: 'private', source: wiki('The_Korea_Times') },
  { domains: ['inquirer.net'], name: 'Philippine Daily Inquirer', country: 'PH', kind: 'private', source: wiki('Philippine_Daily_Inquirer') },
  { domains: ['rappler.com'], name: 'Rappler', country: 'PH', kind: 'private', source: wiki('Rappler') },
  { domains: ['thejakartapost.com'], name: 'The Jakarta Post', country: 'ID', kind: 'private', source: wiki('The_Jakarta_Post') },
  { domains: ['bangkokpost.com'], name: 'Bangkok Post', country: 'TH', kind: 'private', source: wiki('Bangkok_Post') },
  { domains: ['malaysiakini.com'], name: 'Malaysiakini', country: 'MY', kind: 'private', source: wiki('Malaysiakini') },
  { domains: ['smh.com.au'], name: 'The Sydney Morning Herald', country: 'AU', kind: 'private', source: wiki('The_Sydney_Morning_Herald') },
  { domains: ['theage.com.au'], name: 'The Age', country: 'AU', kind: 'private', source: wiki('The_Age') },
  { domains: ['theaustralian.com.au'], name: 'The Australian', country: 'AU', kind: 'private', source: wiki('The_Australian') },
  { domains: ['news.com.au'], name: 'news.com.au', country: 'AU', kind: 'private', source: wiki('News.com.au') },
  { domains: ['nzherald.co.nz'], name: 'The New Zealand Herald', country: 'NZ', kind: 'private', source: wiki('The_New_Zealand_Herald') },
  { domains: ['stuff.co.nz'], name: 'Stuff', country: 'NZ', kind: 'private', source: wiki('Stuff_(website)') },

  // Privately owned: the Americas outside the US
  { domains: ['theglobeandmail.com'], name: 'The Globe and Mail', country: 'CA', kind: 'private', source: wiki('The_Globe_and_Mail') },
  { domains: ['thestar.com'], name: 'Toronto Star', country: 'CA', kind: 'private', source: wiki('Toronto_Star') },
  { domains: ['nationalpost.com'], name: 'National Post', country: 'CA', kind: 'private', source: wiki('National_Post') },
  { domains: ['ctvnews.ca'], name: 'CTV News', country: 'CA', kind: 'private', source: wiki('CTV_News') },
  { domains: ['globalnews.ca'], name: 'Global News', country: 'CA', kind: 'private', source: wiki('Global_News') },
  // uol.com.br and globo.com are portals of many titles: each paper keeps its own host.
  { domains: ['folha.uol.com.br'], name: 'Folha de S.Paulo', country: 'BR', kind: 'private', source: wiki('Folha_de_S.Paulo') },
  { domains: ['oglobo.globo.com'], name: 'O Globo', country: 'BR', kind: 'private', source: wiki('O_Globo') },
  { domains: ['estadao.com.br'], name: 'O Estado de S. Paulo', country: 'BR', kind: 'private', source: wiki('O_Estado_de_S._Paulo') },
  { domains: ['clarin.com'], name: 'Clarín', country: 'AR', kind: 'private', source: wiki('Clarín_(Argentine_newspaper)') },
  { domains: ['lanacion.com.ar'], name: 'La Nación', country: 'AR', kind: 'private', source: wiki('La_Nación_(Argentina)') },
  { domains: ['infobae.com'], name: 'Infobae', country: 'AR', kind: 'private', source: wiki('Infobae') },
  { domains: ['eluniversal.com.mx'], name: 'El Universal', country: 'MX', kind: 'private', source: wiki('El_Universal_(Mexico)') },
  { domains: ['eltiempo.com'], name: 'El Tiempo', country: 'CO', kind: 'private', source: wiki('El_Tiempo_(Colombia)') },

  // Privately owned: Africa
  { domains: ['mg.co.za'], name: 'Mail & Guardian', country: 'ZA', kind: 'private', source: wiki('Mail_&_Guardian') },
  { domains: ['dailymaverick.co.za'], name: 'Daily Maverick', country: 'ZA', kind: 'private', source: wiki('Daily_Maverick') },
  { domains: ['nation.africa'], name: 'Daily Nation', country: 'KE', kind: 'private', source: wiki('Daily_Nation') },
  { domains: ['premiumtimesng.com'], name: 'Premium Times', country: 'NG', kind: 'private', source: wiki('Premium_Times') },
];
