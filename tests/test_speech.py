"""Quotes and speakers on text written like real news (not the seed story), and on the seeds."""

import pytest

from lessons import annotate, article_from_text, load_articles, quotes


def found(text):
    a = article_from_text("Headline\n\n" + text)
    return [(q.text, q.speaker) for q in annotate(a).quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We are ready,” said Maria Lopez, a spokeswoman for the agency.", [("We are ready,", "Maria Lopez")]),
        ('"We are ready," Lopez said. "We have been for weeks."', [("We are ready,", "Lopez"), ("We have been for weeks.", "Lopez")]),
        ("Prime Minister Ana Silva spoke first. “It is done,” she said.", [("It is done,", "Ana Silva")]),
        ("Sen. John Park, D-Ore., told reporters that the bill was “dead on arrival.”", [("dead on arrival.", "John Park")]),
        ("The Interior Ministry said on Monday that talks would resume. “Nothing has changed,” the ministry said.",
         [("Nothing has changed,", "Interior Ministry")]),
        ("“Prices will rise,” according to Tom Reyes, an economist at the bank.", [("Prices will rise,", "Tom Reyes")]),
        ("Coach Dana White was blunt. 'We were poor,' she said. 'We know it.'", [("We were poor,", "Dana White"), ("We know it.", "Dana White")]),
        ("The fire spread quickly, police said.", []),
        ("Couples wed\n\n“I have no job. We were short of money,” said 22 year-old groom Esmatullah "
         "Bashardost, who hails from the minority Shiite Hazara community.",
         [("I have no job. We were short of money,", "Esmatullah Bashardost")]),
        ("Passes free\n\nJennifer Bernard Quintana, 26, and her sister became the owners of free travel "
         "passes.\n\n“I think it’s a great initiative,” Jennifer told Reuters.\n\nHer mother Toni, 55, said "
         "the discount would help the family.\n\n“We need more initiatives like this,” she said.",
         [("I think it’s a great initiative,", "Jennifer Bernard Quintana"), ("We need more initiatives like this,", "Toni")]),
        ("Pilgrims poured into the city.\n\nKarbala's deputy governor, Jasem al-Fatlawi, told Shafaq News "
         "Agency, \"the security devised a tight plan to secure the rituals.\"\n\nHe said, \"We are ready.\"",
         [("the security devised a tight plan to secure the rituals.", "Jasem al-Fatlawi"), ("We are ready.", "Jasem al-Fatlawi")]),
        ("A hawker’s hell\n\n”Metro is killing me,” cries informal trader Lydia Masongo. The sole provider "
         "for her family of eight, Masongo says harassment is making it impossible.",
         [("Metro is killing me,", "Lydia Masongo")]),
        ("Thousands gathered.\n\nOne 24-year-old witness, identified only by his first name Dvir, told the "
         "Army Radio station that “masses of people were pushed into the same corner.”\n\nA woman, who gave "
         "her name only as Stacy, said: “It was awful.”",
         [("masses of people were pushed into the same corner.", "Dvir"), ("It was awful.", "Stacy")]),
        ("Pilgrims returned.\n\n\"Still, a few shops are open,\" says Mgr. Olivier Ribadeau Dumas, the "
         "shrine's rector.\n\nShaykh Yahya Safi said more young people are going.\n\n\"Nowadays, we can see "
         "the youth who go,\" Shaykh Safi said.",
         [("Still, a few shops are open,", "Olivier Ribadeau Dumas"), ("Nowadays, we can see the youth who go,", "Yahya Safi")]),
        ("Riders were warned.\n\nThe warning was sounded by Unguja North Regional Police Commander (RPC), "
         "Assistant Commissioner of Police (ACP) Daniel Shila.\n\n“We need you to be part of peacekeepers,” "
         "RPC Shila said.",
         [("We need you to be part of peacekeepers,", "Daniel Shila")]),
        ("Water is short.\n\nIraqi foreign relations parliamentary committee member Ahmed al-Jabouri told "
         "Asharq Al-Awsat that the water shortage is the \"most dangerous historic problem that Iraq is "
         "confronting\" due to the dams.",
         [("most dangerous historic problem that Iraq is confronting", "Ahmed al-Jabouri")]),
        ("Nurses leave.\n\nHealth MEC Nomafrench Mbombo said the province was losing nurses.\n\n“Nurses are exhausted,” she said.",
         [("Nurses are exhausted,", "Nomafrench Mbombo")]),
        ("Mining hurts.\n\nArchbishop John Bonaventure Kwofie of the Catholic Archdiocese of Accra has called "
         "on Catholics to abandon the vice.\n\nAlluding to the consequences of illegal mining, the Ghanaian "
         "member of the Congregation of the Holy Spirit (Spiritans/Holy Ghost Fathers/CSSp.) warned, “We "
         "don’t want to give birth to deformed babies.”",
         [("We don’t want to give birth to deformed babies.", "John Bonaventure Kwofie")]),
        ("Fares rise.\n\nWill Perry, 38, who commutes from Lewes and pays £4,108 a year for his season "
         "ticket, said: “You get compensated when there isn’t service.”\n\nThe civil servant added: “It’s an "
         "awful lot of money.”",
         [("You get compensated when there isn’t service.", "Will Perry"), ("It’s an awful lot of money.", "Will Perry")]),
        ("Actress sued\n\nA teacher named John Musa has taken Hadiza Gabon, the actress, to court.\n\n“So far "
         "I have spent N396,000 on her,” he said.",
         [("So far I have spent N396,000 on her,", "John Musa")]),
        ("With Adedeji in the Saddle, FIRS Poised to Reshape Economy, Says Spokesman\n\nJames Emejo in "
         "Abuja\n\nThe Director, Communications and Liaison Department, Federal Inland Revenue Service "
         "(FIRS), Dr. Abdullahi Ismaila Ahmad, yesterday declared that the service remained determined under "
         "the leadership of its Executive Chairman, Dr. Zacch Adedeji.\n\nHe said since his assumption of "
         "office, the FIRS chairman, had “practically demonstrated a capacity”.",
         [("practically demonstrated a capacity", "Abdullahi Ismaila Ahmad")]),
        ("Tax boss speaks\n\nMr Jordan, who became tax commissioner in 2013, with a pledge to reinvent the "
         "ATO, said his mission was to “build trust”.\n\n“Now it is time to focus on winning hearts and "
         "minds,” he said.",
         [("build trust", "Jordan"), ("Now it is time to focus on winning hearts and minds,", "Jordan")]),
        ("Christians plan\n\nEvangelical Christians, a large demographic in Brazil, played a key role.\n\nAnd "
         "they are increasingly visible during the annual celebrations, said Attitude’s pastor, Josué "
         "Valandro Jr.\n\n“The city was delivered up to immorality,” he said.",
         [("The city was delivered up to immorality,", "Josué Valandro")]),
        ("Talks stall\n\nAn Iranian official said Monday that negotiations with the Taliban have yet to yield "
         "results.\n\nIsa Bozorgzadeh, spokesperson for Iran’s water industry, said in a press conference "
         "that the Taliban had not upheld the treaty.\n\nHe noted that no “concrete outcome” had yet been "
         "reached.",
         [("concrete outcome", "Isa Bozorgzadeh")]),
        ("Actress sued\n\nA civil servant identified as Bala Musa has taken Hadiza Gabon, the actress, to "
         "court.\n\n“So far I have spent N396,000 on her,” he said.",
         [("So far I have spent N396,000 on her,", "Bala Musa")]),
        ("Streets flooded again.\n\n\"Every time rain fall, it is the same thing,\" said a resident of New "
         "Haven who gave her name only as Stacy.\n\n\"The roads them block up,\" said one man who identified "
         "himself only as Sam.",
         [("Every time rain fall, it is the same thing,", "Stacy"), ("The roads them block up,", "Sam")]),
        ("Roads were closed.\n\n\"All roads have receded,\" said Head of the DKI Jakarta BPBD Data and "
         "Information Center (Kapusdatin), Mohamad Yohan.",
         [("All roads have receded,", "Mohamad Yohan")]),
        ("Patients travel abroad.\n\nElkana Onguti, chief economist at the ministry, attributed this to the "
         "behaviour of both genders.\n\n\"Our data shows that women are more likely to go for screenings,\" "
         "he said on Monday.",
         [("Our data shows that women are more likely to go for screenings,", "Elkana Onguti")]),
        ("Drains are blocked.\n\nR. Ratnakumar, resident of Beira Road, Gunasinghepura in Pettah, said the "
         "water reaches up to 2 feet. “We complained to the municipality” he said.",
         [("We complained to the municipality", "R. Ratnakumar")]),
        ("Schools got the wrong booklets.\n\nTawa College principal Murray Lucas said he was told by a student, and was "
         "\"disappointed\" the board had not called him directly.",
         [("disappointed", "Murray Lucas")]),
        ("Parents stormed the school demanding the removal of the principal.\n\n“He has no ability,” "
         "complained James Omae, one of the parents.\n\n“We cannot succeed if we keep on accusing one "
         "another,” said the Principal.",
         [("He has no ability,", "James Omae"), ("We cannot succeed if we keep on accusing one another,", "the Principal")]),
        ("Fuel prices rose.\n\nLalith Dharmasekara spoke on Monday.\n\n“There are big companies who run this "
         "business according to their rules. But we were wrong,” he further added.",
         [("There are big companies who run this business according to their rules. But we were wrong,", "Lalith Dharmasekara")]),
        ("Drivers signed up.\n\n“Nobody wants to bargain,” said the 34-year-old owner from Kampong Cham, Pop Nimol.",
         [("Nobody wants to bargain,", "Pop Nimol")]),
        ("Police warned drivers.\n\nPolice spokesman Paul Nyathi spoke on Monday.\n\nSaid Nyathi, “Above all, "
         "only licensed kombis may ferry passengers.”",
         [("Above all, only licensed kombis may ferry passengers.", "Paul Nyathi")]),
        ("Rights experts wrote to the government.\n\nUN rapporteur Ahmed Shaheed wrote on Monday.\n\n“We "
         "respectfully reiterate the importance of freedom of religion,” Shaheed said in a letter to the "
         "country’s president, Gotabaya Rajapaksa.",
         [("We respectfully reiterate the importance of freedom of religion,", "Ahmed Shaheed")]),
        ("Relatives gathered at the cemetery.\n\n\"The buildings collapsed, and everything was destroyed.” "
         "Bese Tunc, a local resident in Adiyaman (Semsur in Kurdish) told Rudaw.\n\n\"My daughter-in-law "
         "died,\" the distraught woman said.",
         [("The buildings collapsed, and everything was destroyed.", "Bese Tunc"), ("My daughter-in-law died,", "Bese Tunc")]),
        ("Mourners queued all night.\n\nNurse Melanie Pickman, 50, left her home in Swansea at 11am.\n\nThe "
         "mother-of-three said: “My sons think I’m mad.”",
         [("My sons think I’m mad.", "Melanie Pickman")]),
        ("Parents met the head.\n\n“He has no ability,” complained James Omae, one of the parents.\n\n“We will punish nobody,” said the elderly man.",
         [("He has no ability,", "James Omae"), ("We will punish nobody,", "James Omae")]),
        ("“We are likely to lose revenue,” said the authority's head of research, Chuma Simukonda.\n\n“It is these cats,” he said.",
         [("We are likely to lose revenue,", "Chuma Simukonda"), ("It is these cats,", "Chuma Simukonda")]),
        ("Officials met on Monday.\n\n“Move to higher ground,” stated a press release from the Ministry of Local Government.",
         [("Move to higher ground,", "the Ministry of Local Government")]),
        ("Hunters met on Monday.\n\n“Small increases are unlikely to interfere,” read a comment by Jane Smith to the proposal.",
         [("Small increases are unlikely to interfere,", "Jane Smith")]),
        ("Customers complained on Monday.\n\nCelcom has apologised for the outage. In an update, the "
         "organisation said: “We are experiencing severe disruption.”\n\n“We apologise to our customers,” the "
         "telco said.",
         [("We are experiencing severe disruption.", "Celcom"), ("We apologise to our customers,", "Celcom")]),
        ("The death of John Smith has seen tributes.\n\nThe Acme Dive Club, in a Facebook post, paid homage "
         "to its founder.\n\n“He was on the water,” the post read.",
         [("He was on the water,", "Acme Dive Club")]),
        ("Even before the pandemic, Cambodia faced what one expert called a microfinance “crisis.”",
         [("crisis.", "one expert")]),
        ("The Sindh government has opposed the dam on the Indus River saying that the issue is a “dead horse”.",
         [("dead horse", "Sindh government")]),
        ("Workers gathered on Monday.\n\n“We are still suffering here!” spits Anne Awuor*, a machine operator at a nearby company.",
         [("We are still suffering here!", "Anne Awuor")]),
        ("Workers gathered on Monday.\n\n“All of the women have slept with the supervisor,” one female worker was quoted by WRC.",
         [("All of the women have slept with the supervisor,", "one female worker")]),
        ("Herald newspaper vendor Bob Chaza won $50 000 in the lottery.\n\nAfter such a win, Cde Chaza (32) "
         "does not wish to buy cars.\n\n“I was almost overwhelmed,” Cde Chaza said.",
         [("I was almost overwhelmed,", "Bob Chaza")]),
        ("Turnover “hovered around 100 percent,” according to a May 2019 report from the Stern Center for "
         "Business and Human Rights at New York University.",
         [("hovered around 100 percent,", "the Stern Center for Business and Human Rights at New York University")]),
        ("A lottery winner came forward yesterday to claim a £7.8m prize.\n\nBut the lucky person will have a "
         "wait, said a spokeswoman for the organisers, Camelot.\n\n“A ticket holder has come forward,” she "
         "said.",
         [("A ticket holder has come forward,", "a spokeswoman")]),
        ("A crowd gathered in Bhopal, Madhya Pradesh, who cheered her.\n\nThe winner of Femina Miss India "
         "World 2024 was there.\n\n“I am happy,” she said.",
         [("I am happy,", None)]),
        ("Activists blocked the road on Thursday.\n\n“It has gone over her foot,” one person was heard saying in the video.",
         [("It has gone over her foot,", "one person")]),
        ("Mary Ndirangu visited the investors at the church on Monday.\n\n“We all have toiled to save with the sacco,” she said.",
         [("We all have toiled to save with the sacco,", "Mary Ndirangu")]),
        ("“I consider the Nile something I have not parted with since I was born,” al-Ameen said, as workers "
         "shaped bricks.\n\nMohamed Ahmed al-Ameen has made bricks for 30 years.",
         [("I consider the Nile something I have not parted with since I was born,", "Mohamed Ahmed al-Ameen")]),
        ("Brazil’s Minister of Labor and Employment, Luiz Marinho, said the bill was concluded after a series of “controversies” about it.",
         [("controversies", "Luiz Marinho")]),
        ("Speaking to NDTV, Mr S P Selvan, DIG said, \"Clearing the debris is a huge challenge.\"",
         [("Clearing the debris is a huge challenge.", "S P Selvan")]),
        ("The accident occurred at 4am, District Police Officer (DPO) Dr Fahad said.\n\nThe statement also "
         "quoted Deputy Inspector General (DIG) Muhammad Saleem as saying that a committee had been formed. "
         "“The inquiry committee will submit its report in 24 hours,” the DIG said.",
         [("The inquiry committee will submit its report in 24 hours,", "Muhammad Saleem")]),
        ("AGK Murthy, Director (Operations), IVRCL, the Hyderabad-based construction company, said, “We are shocked.”",
         [("We are shocked.", "AGK Murthy")]),
        ("Gojek -- which alongside Singapore's Grab is among Asia's most valuable start-ups -- said it was "
         "committed to \"supporting the long-term welfare of our driver partners\".",
         [("supporting the long-term welfare of our driver partners", "Gojek")]),
        ("Mr. Brown agreed the show had been a disaster.\n\nPeople were probably suffering from apathy after "
         "the holiday, said Mr. Brown.\n\n\"To tell the truth I don't know of any successful concert right "
         "after Cup Match.'' Mr. Brown said the decision had been weighed.",
         [("To tell the truth I don't know of any successful concert right after Cup Match.", "Brown")]),
        ("The Department of Agriculture is funding a project officer, and minister of state at the Department "
         "Pippa Hackett said: “Farmers and farmland do a vital job.”\n\n“Whether by planting native trees or "
         "letting the grass grow, the Plan makes it easy for everyone,” said minister of state for heritage "
         "and electoral reform Malcolm Noonan.",
         [("Farmers and farmland do a vital job.", "Pippa Hackett"),
          ("Whether by planting native trees or letting the grass grow, the Plan makes it easy for everyone,", "Malcolm Noonan")]),
        ("Shahin Ahmed runs a spaza shop in Katlehong.\n\nWhen asked how local spaza owners treat him, he "
         "shakes his head: “They say we steal their customers.”",
         [("They say we steal their customers.", "Shahin Ahmed")]),
        ("Another vendor, who has been selling at the market for over 35 years mumbled, “Mi nuh wah too talk nothing.”",
         [("Mi nuh wah too talk nothing.", "Another vendor")]),
        ("Revelers crowded the square.\n\nJosh Jackson, 20, of Bellmore said he hoped to “just fulfill the common aspirations” in 2016.",
         [("just fulfill the common aspirations", "Josh Jackson")]),
        ("The Swiss paper spoke to guides in Zermatt.\n\n“The mountain is now too unstable,” the paper quotes one unnamed mountain guide as saying.",
         [("The mountain is now too unstable,", "one unnamed mountain guide")]),
        ("The nearby hospital has a medical team ready.\n\nIt is busy. \"We expect a lot of injured people,\" "
         "a hospital official told Reuters.\n\nPrime Minister Shinzo Abe told reporters on Saturday that the "
         "military will help.",
         [("We expect a lot of injured people,", "a hospital official")]),
        ("Another vendor, who has been selling at the market for over 35 years mumbled, “Mi nuh wah too talk nothing.”",
         [("Mi nuh wah too talk nothing.", "Another vendor")]),
        ("Pension funds are in trouble.\n\n‘The chance of a cut has increased, but it is not yet 100%,’ Benne "
         "van Popta, who chairs the PMT pension fund said.\n\n‘We are aware of the fears of both pensioners "
         "and people in work,’ Tuur Elzinga, head of the biggest trade union federation FNV.",
         [("The chance of a cut has increased, but it is not yet 100%,", "Benne van Popta"),
          ("We are aware of the fears of both pensioners and people in work,", "Tuur Elzinga")]),
        ("Rally organizer Tomita Hiroyasu of the Japan Pensioners’ Union called on participants to stand up "
         "by saying, “The elderly and pensioners feel angry.”",
         [("The elderly and pensioners feel angry.", "Tomita Hiroyasu")]),
        ("GPA General Secretary Edward Ameyibor addressed the meeting on Monday.\n\nThere are about 107,000 "
         "pensioners, and the GPA General Secretary said “what you put in is what you get.”",
         [("what you put in is what you get.", "Edward Ameyibor")]),
        ("\"I thought I would be among the first to arrive,\" said one EPF member.",
         [("I thought I would be among the first to arrive,", "one EPF member")]),
        ("Crowds camped out for hours at the best spots, Sydney Lord Mayor Clover Moore said.\n\n\"We think it is really worth it,\" she said.",
         [("We think it is really worth it,", "Clover Moore")]),
        ("As the Homowo festival approaches, the Omanjor Chief, Nii Ayitey Tackie I, has called on residents "
         "to embrace peace.\n\nThe Chief's appeal comes as the community prepares.\n\nThe traditional ruler "
         "thanked the people for their support, saying, \"I am proud to lead such a wonderful people.\"",
         [("I am proud to lead such a wonderful people.", "Nii Ayitey Tackie I")]),
        ("Ethiopia’s minister, Getachew Reda, was quoted by Asharq Al-Awsat newspaper Friday as saying that the dam has become a “reality”.",
         [("reality", "Getachew Reda")]),
        ("“We will definitely take all parties into consideration,” Bharati is said to have told Mahmud.",
         [("We will definitely take all parties into consideration,", "Bharati")]),
        ("The Ghana Grid Company issued a statement on the shutdown in October.\n\n“GRIDCo has undertaken "
         "this shutdown,” the October statement read.",
         [("GRIDCo has undertaken this shutdown,", "Ghana Grid Company")]),
        ("Fujii said, “I am happy to have won the eighth title.”\n\nFujii, 21, did not look tired after the "
         "fourth game against titleholder Takuya Nagase, 31, the previous day. “At night, I looked back over "
         "the game,” he said.",
         [("I am happy to have won the eighth title.", "Fujii"), ("At night, I looked back over the game,", "Fujii")]),
        ("SEOUL, March 13 (Yonhap) -- After proving that the algorithm is not invincible, South Korean Go "
         "player Lee Se-dol said Sunday he is very happy and described his victory as \"priceless.\"\n\n\"If "
         "I was leading 3-0 and lost one, it would have been really painful to me,\" he said.",
         [("priceless.", "Lee Se-dol"), ("If I was leading 3-0 and lost one, it would have been really painful to me,", "Lee Se-dol")]),
        ("Wanyama, one of the veterans in the team continues to say: “We are well prepared and motivated which is key.”",
         [("We are well prepared and motivated which is key.", "Wanyama")]),
        ("“We denounce the ban,” Kato Mwesigwa said in a signed statement.\n\nThe festival opened on Monday "
         "with a film about the war.\n\n“The organisers never replied,” the statement said.",
         [("We denounce the ban,", "Kato Mwesigwa"), ("The organisers never replied,", "Kato Mwesigwa")]),
        ("However, MTN, in a post on X (formerly Twitter), attributed the situation to “multiple fibre "
         "cuts”.\n\n“Our engineers are working hard,” the post read.",
         [("multiple fibre cuts", "MTN"), ("Our engineers are working hard,", "MTN")]),
        ("Meanwhile, the Kenya Football Federation’s press release said that it will continue to run the "
         "league.\n\n“The federation strongly condemns the said actions,” the release said.",
         [("The federation strongly condemns the said actions,", "Kenya Football Federation")]),
        ("The spectrum auction opened on Tuesday.\n\nFour rounds of auction were completed today, Telecom "
         "Minister Ashwini Vaishnaw noted, adding that \"strong bids\" were received.",
         [("strong bids", "Ashwini Vaishnaw")]),
        ("Managing director of Lifeline Ambulance, David Hall, said the firm had a plan.\n\n\"Eircom is a "
         "frontline service,\" Mr Hall told the Herald.",
         [("Eircom is a frontline service,", "David Hall")]),
        ("Pesticides were seized at the port.\n\n\"These are toxic substances,\" Fredrick Muchiri chairman of PCPB stated.",
         [("These are toxic substances,", "Fredrick Muchiri")]),
        ("Loans grew fast in the region.\n\nAs Abhijit Sharma, a Guwahati-based economist, put it: “To ensure that you behave, I use peer pressure.”",
         [("To ensure that you behave, I use peer pressure.", "Abhijit Sharma")]),
        ("Patrick Lee runs the cinema chain. In his words: “When I first started this business, few movies were shown.”",
         [("When I first started this business, few movies were shown.", "Patrick Lee")]),
        ("Amir Ramses spoke on Monday.\n\nRamses said that the ban violated the powers of the censors, and described the move as \"ignorant.\"",
         [("ignorant.", "Amir Ramses")]),
        ("Shaken elderly witness Marlene Orr said it was \"the scariest thing I've ever seen\".",
         [("the scariest thing I've ever seen", "Marlene Orr")]),
        ("Many passengers were stranded overnight.\n\nAnother, @dancingbighare, tweeted: “@Ryanair hi we are stuck in Lisbon all 140 of us.”",
         [("@Ryanair hi we are stuck in Lisbon all 140 of us.", "@dancingbighare")]),
        ("Commenting on the matter, Maura Phelan, from the national water utility said: \"We understand the impact.\"",
         [("We understand the impact.", "Maura Phelan")]),
        ("Neighbours were keen to send congratulations, with Irish President Michael D Higgins, whose home is "
         "near the zoo, saying: “My congratulations.”",
         [("My congratulations.", "Michael D Higgins")]),
        ("Adoption numbers are low.\n\n\"Kenyans need to overcome their prejudices,\" said Secretary for "
         "Children Affairs in the Ministry of Gender and Children Development Jacqueline Oduol.",
         [("Kenyans need to overcome their prejudices,", "Jacqueline Oduol")]),
        ("Funding is short.\n\n\"We need more money,\" said the head of research at the Kenya Medical Research Institute, Tom Baraka.",
         [("We need more money,", "Tom Baraka")]),
        ("Reliving the moment, WRS veterinarian Heng Yirui said: \"Lo and behold, we saw a beating "
         "heart.\"\n\nThe vet said \"pandas sometimes show signs of pregnancy\".",
         [("Lo and behold, we saw a beating heart.", "Heng Yirui"), ("pandas sometimes show signs of pregnancy", "Heng Yirui")]),
        ("Fishermen argue the reef restricts their rights, but Fabian Picardo, Gibraltar's chief minister, "
         "said \"hell will freeze over\" first.\n\nJohn Smith, Gibraltar's finance minister, said \"it costs "
         "too much\".\n\nGibraltar's chief minister said: \"We will not move it.\"",
         [("hell will freeze over", "Fabian Picardo"), ("it costs too much", "John Smith"), ("We will not move it.", "Fabian Picardo")]),
        ("Thousands of protesters marched in Seoul.\n\nProtesters carrying signs reading \"our forests are "
         "not for sale\" broke through security lines.\n\nWaving placards reading \"less talk more action,\" "
         "the activists marched to the park.",
         [("our forests are not for sale", "Protesters"), ("less talk more action,", "the activists")]),
        ("Greta Thunberg was fined on Monday. A judge sentenced the Swedish activist to pay a "
         "fine.\n\nSpeaking outside the court, the 20-year-old said: ‘It is absurd.’\n\nAccompanied by a "
         "dozen activists, she later sat in front of the port, holding a sign proclaiming: ‘I block tanker "
         "trucks’.",
         [("It is absurd.", "Greta Thunberg"), ("I block tanker trucks", "Greta Thunberg")]),
        ("Alelia Tebetia, a resident of Tacirua, said they had to take a cab.\n\n“The water stopped coming on "
         "Tuesday night,” Ms Tebetia said.\n\nVerenaisi Soli of Naisogo settlement said they faced the same "
         "issue the previous week.\n\n“This is the second week in a row that we are facing this water issue,” "
         "she said.",
         [("The water stopped coming on Tuesday night,", "Alelia Tebetia"),
          ("This is the second week in a row that we are facing this water issue,", "Verenaisi Soli")]),
        ("Wilson Chawdhry of the British Pakistani Christian Association told The Associated Press on "
         "Wednesday that he received a message from a British diplomat.\n\nA statement from the association "
         "says it received confirmation on Tuesday that Bibi \"had safely exited Pakistan.\"",
         [("had safely exited Pakistan.", "British Pakistani Christian Association")]),
        ("Health Minister Terrence Deyalsingh spoke on Monday.\n\nHis comments follow concerns raised by Idi "
         "Stuart, President of the Trinidad and Tobago National Nurses Association (TTNNA), who recently "
         "described the facility as “antiquated”.",
         [("antiquated", "Idi Stuart")]),
        ("Laura Knockwood says police told her that her husband was “just a little under the criteria” for hospital admission.",
         [("just a little under the criteria", "police")]),
        ("People for the Ethical Treatment of Animals (PETA) said the animals kept in Asia’s oldest zoo “are "
         "denied everything that is natural.\" The group backs the Animal Welfare Act.",
         [("are denied everything that is natural.", "People for the Ethical Treatment of Animals")]),
        ("Education Minister Fayval Williams visited the agency.\n\n“They are the first responder,” said "
         "Williams of the CPFSA, which has a budget of about $5 billion.",
         [("They are the first responder,", "Fayval Williams")]),
        ("En route to Dallas, a male adult passenger \"became unruly on the plane,\" FBI Special Agent Darrell Foxworth said in San Diego.",
         [("became unruly on the plane,", "Darrell Foxworth")]),
        ("\"There was a lot of angst about that, there was like 300 very, very tired and unhappy people,\" one traveller, Adele, told 9News.",
         [("There was a lot of angst about that, there was like 300 very, very tired and unhappy people,", "Adele")]),
        ("While at Gate Number 17, a KQ official, who introduced himself as Joseph Mwaniki, told the "
         "passengers that the company was doing 'everything possible' to ferry the passengers.",
         [("everything possible", "Joseph Mwaniki")]),
        ("\"Harassment at Dubai airport. Extreme TORTURE,\" tweeted Kurush tagging Indian Prime Minister Narendra Modi.",
         [("Harassment at Dubai airport. Extreme TORTURE,", "Kurush")]),
        ("\"Sir, we are hostages at Dubai Airport. Request you to help us,\" read a tweet by Ajay Jha tagging the PM and other ministries.",
         [("Sir, we are hostages at Dubai Airport. Request you to help us,", "Ajay Jha")]),
        ("Acme Air cancelled all flights on Monday as workers went on strike.\n\n\"The airline will be "
         "experiencing disruptions,\" a company statement said.",
         [("The airline will be experiencing disruptions,", "Acme Air")]),
        ("A BA spokesman said they were doing their \"utmost\" to return the bags.\n\nWriting on a website "
         "for pilots, the man's son - an ex-BA employee - said his father collapsed on the flight.\n\n\"If we "
         "could have his bags back, that would be nice,\" he said.",
         [("utmost", "A BA spokesman"), ("If we could have his bags back, that would be nice,", "the man's son")]),
        ("Residents describe life under occupation. (Illustration: Karolina Gulshani)\n\nWhen soldiers "
         "captured the town in early March, it was a shock for Anastasiia, one of roughly 50,000 residents of "
         "the city.\n\n\"It was horrible to see them in the streets,\" she recalled.",
         [("It was horrible to see them in the streets,", "Anastasiia")]),
        ("The plant lost power again.\n\nThe U.N.’s International Atomic Energy Agency confirmed the switch "
         "and said that underlines “the extremely precarious nuclear safety situation.”",
         [("the extremely precarious nuclear safety situation.", "International Atomic Energy Agency")]),
        ("Mr Stephen Ngamegbulam, a journalist, has built two ramps at the House of Chiefs.\n\nBon Naba Baba "
         "Salifu Aleemyarum, Vice President of the Upper East Regional House of Chiefs and Paramount Chief of "
         "the Bongo Traditional Area, said the House appreciated the gesture.\n\nHe said the House could not "
         "pay for it, and added that “if a son has seen that there is a need for it, we appreciate the "
         "effort”.\n\nNaba Aleemyarum said the building needed renovation, “we need a wall around it,” he "
         "added.",
         [("if a son has seen that there is a need for it, we appreciate the effort", "Baba Salifu Aleemyarum"),
          ("we need a wall around it,", "Baba Salifu Aleemyarum")]),
        ("Unpaid carers are struggling with costs.\n\nSarah is a local carer who looks after her brother.\n\n\"I tried to "
         "work full-time, and it was a disaster\", she said.",
         [("I tried to work full-time, and it was a disaster", "Sarah")]),
        ("Startups are cutting costs.\n\nIn a recent webinar, Monk’s Hill Ventures partner Justin Nguyen "
         "urged startups to “throw away [their] 2020 plans” and start again.",
         [("throw away [their] 2020 plans", "Justin Nguyen")]),
        ("The lockdown birthed countless dreams. For Shamirah Kimbugwe, it sparked action. From her bedroom, "
         "she launched Pivot Pay.\n\n“The reaction we got was... strange,” she says. Ms Kimbugwe expected a "
         "stampede of panicked customers.",
         [("The reaction we got was... strange,", "Shamirah Kimbugwe")]),
        ("A new payments app has been launched.\n\nA driving force behind the development of Duapay, Fintech "
         "Pacific chief operations officer Joana Smith, says the app will make life easier.\n\n“The only "
         "reason people carry cash is a lack of acceptance.”",
         [("The only reason people carry cash is a lack of acceptance.", "Joana Smith")]),
        ("Waiting lists grew again this year.\n\nDr Shari McDaid, Director of Mental Health Reform, said the "
         "wait can be very distressing for families.\n\n“I wish I could say I was surprised,” she said.",
         [("I wish I could say I was surprised,", "Shari McDaid")]),
        ("Hospital chief executive Nemache Mawere said the hospital faces a water crisis.\n\n“Ever since the "
         "tour by the mayor (David Coltart) last year, nothing has been done,” Mawere said.\n\n“I wrote to "
         "the superintendent offering assistance, but they haven’t responded,” the mayor said.",
         [("Ever since the tour by the mayor (David Coltart) last year, nothing has been done,", "Nemache Mawere"),
          ("I wrote to the superintendent offering assistance, but they haven’t responded,", "David Coltart")]),
        ("Families wrote to the director of an NGO called Precious Angels.\n\n“My sister died at your NGO on "
         "Wednesday and they only tell me today,” began Christine Nxumalo in her August e-mail to the "
         "director.\n\n“I know you do not care about us,” she continued.",
         [("My sister died at your NGO on Wednesday and they only tell me today,", "Christine Nxumalo"),
          ("I know you do not care about us,", "Christine Nxumalo")]),
        ("Waiting times for therapy have doubled.\n\nIn their response, NHS Western Isles said there are “124 "
         "patients waiting”.\n\nThey added: “Please note the waiting list validation is not complete.”",
         [("124 patients waiting", "NHS Western Isles"), ("Please note the waiting list validation is not complete.", "NHS Western Isles")]),
        ("Delhi's night shelters are full this winter.\n\nMausam Kumari (45), a mother of a 12-year-old "
         "child, has been living in a shelter for a month. \"We are getting all essential facilities here,\" "
         "she said.\n\nRamesh, a 52-year-old daily wage labourer staying at the shelter, echoed similar "
         "sentiments.\n\n\"Earlier, I used to sleep near the bus stand,\" he said.\n\nSunita, a 38-year-old "
         "woman who recently moved to a shelter with her two children, said it has helped.\n\n\"My children "
         "can sleep peacefully here,\" she said.",
         [("We are getting all essential facilities here,", "Mausam Kumari"),
          ("Earlier, I used to sleep near the bus stand,", "Ramesh"), ("My children can sleep peacefully here,", "Sunita")]),
        ("Rough sleeping is rising in Auckland.\n\n\"There are more and more people sleeping in their cars,\" "
         "said the City Missioner of the past 17 years, Dame Diane Robertson.",
         [("There are more and more people sleeping in their cars,", "Diane Robertson")]),
        ("City Hall is rounding up the homeless.\n\n“Some unorganised areas have to be spruced up,” Deputy "
         "Minister Loga Balamohan told reporters.\n\nThe 29th Southeast Asian Games will take place from "
         "August 19 in Kuala Lumpur.\n\n“This is not a cleaning-up process.”",
         [("Some unorganised areas have to be spruced up,", "Loga Balamohan"), ("This is not a cleaning-up process.", "Loga Balamohan")]),
        ("MANILA – As a public school teacher for eight years, Edgielyn Ramos has just finished the last bit "
         "of work for the school year.\n\nAt best, Ramos who teaches social science is not yet ready. "
         "“Personally, we are not okay.”",
         [("Personally, we are not okay.", "Edgielyn Ramos")]),
        ("A court sentenced Sanjay Roy on Monday. “I am innocent,” he said.\n\nThe victim’s parents said they "
         "would feel “truly satisfied” only when Roy is “sentenced to death.” “The judge rendered a verdict "
         "they felt was appropriate,” the victim’s mother told TOI.",
         [("I am innocent,", "Sanjay Roy"), ("truly satisfied", "The victim's parents"), ("sentenced to death.", "The victim's parents"),
          ("The judge rendered a verdict they felt was appropriate,", "the victim's mother")]),
        ("Saroj Krishna Ghimire, who has been advocating for the player, said they would appeal.\n\nLawyer "
         "Ghimire said, “He is going to appeal to the high court for justice.”",
         [("He is going to appeal to the high court for justice.", "Saroj Krishna Ghimire")]),
        ("Former Chief Justice Sarath N. Silva said yesterday that President Mahinda Rajapaksa would not have "
         "become President without the ruling. Rajapaksa, then prime minister, handled the tsunami funds, and "
         "Rajapaksa was cleared.\n\n“We did this expecting Mahinda Rajapaksa in turn would "
         "safeguard the rights of others,” the former CJ claimed.",
         [("We did this expecting Mahinda Rajapaksa in turn would safeguard the rights of others,", "Sarath N. Silva")]),
        ("Nilushi Dasanayake, wife of Sri Lankan national Priyantha Kumara Diyawadanage, who worked at a "
         "factory in Pakistan, refuted the allegations levelled against her husband.\n\n“My husband is "
         "intelligent. I do not think he will ever do something like this,” she explained.",
         [("My husband is intelligent. I do not think he will ever do something like this,", "Nilushi Dasanayake")]),
        ("Bank of Ireland has warned its customers about fake texts.\n\nA Bank of Ireland spokesperson said: "
         "\"Remember, we will never send you a link.\"\n\nA statement issued to customers added: \"Beware of "
         "text messages claiming to be from your bank.\"",
         [("Remember, we will never send you a link.", "A Bank of Ireland spokesperson"),
          ("Beware of text messages claiming to be from your bank.", "A Bank of Ireland spokesperson")]),
        ("Donna Rotunno, his lawyer, called it a bittersweet day.\n\nRotunno later issued a statement "
         "regarding the verdict, which read, \"We are disappointed in the verdict and will be filing an "
         "appeal.\"",
         [("We are disappointed in the verdict and will be filing an appeal.", "Donna Rotunno")]),
        ("“With the support of vets we are able to run clinics,” Mr Narayan said.\n\n“We are planning to run "
         "more clinics,” he said.\n\nThe SPCA team held their second outreach clinic with the Wainadoi "
         "community earlier this week.\n\n“The outreach first began in 2019.”",
         [("With the support of vets we are able to run clinics,", "Narayan"), ("We are planning to run more clinics,", "Narayan"),
          ("The outreach first began in 2019.", "Narayan")]),
        ("“We are a Buddhist country but we have done very little,” said Ven. Pahiyangala Ananda Sagara thera, the president of the organisation.",
         [("We are a Buddhist country but we have done very little,", "Pahiyangala Ananda Sagara")]),
        ("Bus services were hit across the state.\n\nNagaraj, Division controller of KSRTC said, \"Private "
         "operators have made arrangements.\"\n\n\"Employees have not reported for duties,\" he added.",
         [("Private operators have made arrangements.", "Nagaraj"), ("Employees have not reported for duties,", "Nagaraj")]),
        ("Commuters were stranded on Tuesday due to a “signal equipment failure at Bellville” according to a "
         "Metrorail employee who told GroundUp that commuters should “make use of alternative transport.”",
         [("signal equipment failure at Bellville", "a Metrorail employee"), ("make use of alternative transport.", "a Metrorail employee")]),
        ("“We will strike again,” said Nikos Papas, who heads the drivers' union.\n\nIn an announcement, the rail workers' federation "
         "denounced the \"long-term neglect of the railways by governments\".",
         [("We will strike again,", "Nikos Papas"), ("long-term neglect of the railways by governments", "the rail workers' federation")]),
        ("The agency then contacted WADA, but WADA deemed the information \"clearly erroneous\".",
         [("clearly erroneous", "WADA")]),
        ("\"I don't know how that can be true,\" Pat Cummins said.\n\n\"There is more to picking a side than "
         "looking at the internet.\n\nThe Game Cricket 2024-25\n\n\"They've never shied away from a tough "
         "decision.\"",
         [("I don't know how that can be true,", "Pat Cummins"),
          ("There is more to picking a side than looking at the internet.\n\nThe Game Cricket 2024-25\n\n"
           "\"They've never shied away from a tough decision.", "Pat Cummins")]),
        ("“It sets back the clock,” Amber Heard said in a statement. “It sets back the idea that violence "
         "against women is to be taken seriously.\n\n”I believe the jury overlooked the key issue.”",
         [("It sets back the clock,", "Amber Heard"),
          ("It sets back the idea that violence against women is to be taken seriously.\n\n”I believe the jury overlooked the key issue.",
           "Amber Heard")]),
        ("“Talk to your loved ones,” said Constable Jamie Patterson with the RCMP.\n\nCst Patterson said "
         "scammers will call pretending to be a grandchild. “Then they are passing the phone off to someone,” "
         "he said.",
         [("Talk to your loved ones,", "Jamie Patterson"), ("Then they are passing the phone off to someone,", "Jamie Patterson")]),
        ("“We never saw it coming,” said her lawyer, Mark Dlamini.\n\nThe couple met at a shopping complex "
         "and later moved to a house in Ivy Park, Polokwane.\n\n“They seemed happy.”",
         [("We never saw it coming,", "Mark Dlamini"), ("They seemed happy.", "Mark Dlamini")]),
        ("WADA cleared the swimmers.\n\nThe United States Anti-Doping Agency then contacted WADA and further "
         "alleged that the positive cases had been \"hidden\".",
         [("hidden", "United States Anti-Doping Agency")]),
        ("The Law Society's nine elected council members put out a statement last week saying that the "
         "amendments were an \"undisguised frontal assault\".",
         [("undisguised frontal assault", "The Law Society's nine elected council members")]),
        ("“We were held for days,” said Rasul, one returnee.\n\nAnother returnee, Habibullah, said he spent "
         "eight years working in Iran. “Some landlords refused to return deposits,” he told Amu TV.",
         [("We were held for days,", "Rasul"), ("Some landlords refused to return deposits,", "Habibullah")]),
        ("“We were held for days,” said Rasul, one returnee.\n\nOthers, like Khan Mohammad, expressed a sense "
         "of helplessness. “Whatever happens, they always blame Afghans,” he said.",
         [("We were held for days,", "Rasul"), ("Whatever happens, they always blame Afghans,", "Khan Mohammad")]),
        ("“We were held for days,” said Baz Mohammad Abdulrahman, one returnee.\n\nGul Mohammad, who owned a "
         "small hotel at a fruit market in Pakistan, said he was detained by police. “I was working to "
         "support my family,” he said.",
         [("We were held for days,", "Baz Mohammad Abdulrahman"), ("I was working to support my family,", "Gul Mohammad")]),
        ("“I'm going to stay here,” said Supaque Abdala, who fled Quissanga.\n\nAccording to neighbourhood "
         "official Aifo Corrente, about ten boats a day are arriving. \"In a week we received about 1,000 "
         "displaced people\", he said.",
         [("I'm going to stay here,", "Supaque Abdala"), ("In a week we received about 1,000 displaced people", "Aifo Corrente")]),
        ("Herald Sun columnist Rita Panahi was relieved that ‘sanity has prevailed’.", [("sanity has prevailed", "Rita Panahi")]),
        ("The committee has been “almost bullied” by the Republicans, said Christopher Kang, a co-founder of "
         "Demand Justice who worked in the Obama White House.",
         [("almost bullied", "Christopher Kang")]),
        ("For so long, “no one cares anymore” about them, Thomas Jipping, deputy director of the Edwin Meese "
         "III Center for Legal and Judicial Studies at the conservative Heritage Foundation, said.",
         [("no one cares anymore", "Thomas Jipping")]),
        ("The dispute centres on what the Northern Ireland Bar Council is describing as “crippling payment” delays.",
         [("crippling payment", "Northern Ireland Bar Council")]),
        ("Minister Horace Chang revoked the visas. Chang said the move was lawful, and Chang would not resign.\n\n"
         "Attorney Bert Samuels represents the group.\n\n\"We will be fearless,\" The Gleaner, on Wednesday, reported the attorney as "
         "saying.",
         [("We will be fearless,", "Bert Samuels")]),
        ("Prices will rise “sharply” next year, analysts said. Lay-offs and even “a tide of shop closures” "
         "would not be surprising if it persists, industry insiders warned.",
         [("sharply", "analysts"), ("a tide of shop closures", "industry insiders")]),
        ("“It will be unfair to think every shop owner makes money,” John Sango, one of the security personnel at the mall has stated.",
         [("It will be unfair to think every shop owner makes money,", "John Sango")]),
        ("“We’re saddened by the closure of Tuskys. This is a big blow.”\n\nRaymond Komen – Nakuru county "
         "executive for Trade, Industrialisation, Co-operatives, Tourism and Wildlife\n\nIt is not just "
         "residents who will be affected.",
         [("We’re saddened by the closure of Tuskys. This is a big blow.", "Raymond Komen")]),
        ("Dr Pete Watson, Acting chief executive Counties Manukau Health, said the patient had "
         "returned.\n\n\"Middlemore continues to be under extreme pressure.\"",
         [("Middlemore continues to be under extreme pressure.", "Pete Watson")]),
        ("In a statement on Thursday Dr Pete Watson, Acting chief executive Counties Manukau Health, said the "
         "patient had died.\n\n\"We are investigating.\"",
         [("We are investigating.", "Pete Watson")]),
        ("At a hospital in Kuala Lumpur, a doctor said the ward was full.\n\n“The waiting time can go up to three hours,” he said.",
         [("The waiting time can go up to three hours,", None)]),
        ("The man, who asked to be identified only by his surname, Kim, said he had been turned away.\n\n\"I "
         "would have died,\" he added.\n\nAsthma sufferer Lee Joo-hyung said he had been lucky.\n\n\"We don't "
         "know what will happen,\" the 31-year-old teacher added.",
         [("I would have died,", "Kim"), ("We don't know what will happen,", "Lee Joo-hyung")]),
        ("The victim has been identified as Zheng Shaoxiong, 24.\n\nZheng, who also went by the name Dennis, lived in Hyde Park. "
         "He received a degree in July.\n\nThe Chinese Consulate General in Chicago, in a "
         "statement on Thursday, condemned \"the heinous crime\".",
         [("the heinous crime", "Chinese Consulate General")]),
        ("Ms Damond was killed in what Minneapolis police called an “officer-involved shooting” after she called 911.",
         [("officer-involved shooting", "Minneapolis police")]),
        ("Ben Crump spoke first.\n\n\"I didn't believe that in this country there was a genocide,\" said Lyoya's father, Peter.",
         [("I didn't believe that in this country there was a genocide,", "Peter")]),
        ("Rabbi Yisroel Goldstein was hurt.\n\nThe rabbi injured in the shooting inside a Poway, California, "
         "synagogue, on the last day of Passover said the weapon \"miraculously\" jammed.",
         [("miraculously", "Yisroel Goldstein")]),
        ("The family lived in a suburb of Washington, D.C. A Foreign Ministry official said he hoped it would not \"evolve into a racial incident.\"",
         [("evolve into a racial incident.", "A Foreign Ministry official")]),
        ("Obinna Orjingene is a doctor for UNICEF in the town of Banki. “A population of 40,000 people with one doctor is crazy,” he told AFP.",
         [("A population of 40,000 people with one doctor is crazy,", "Obinna Orjingene")]),
        ("Filippo Grandi said he was “extremely worried” by the returns and called them “unsustainable”. The "
         "UN refugee agency on Thursday said 887 Nigerians were “rounded up”.",
         [("extremely worried", "Filippo Grandi"), ("unsustainable", "Filippo Grandi"), ("rounded up", "The UN refugee agency")]),
        ("Scotland’s First Minister has said he is “keen” to have a safe consumption room.\n\nHumza Yousaf "
         "spoke ahead of the publication of the figures.",
         [("keen", "Humza Yousaf")]),
        ("An official said the papers were late.\n\nMary Jones, who should have been competing on Sunday, "
         "said her team was \"depressed\".\n\n\"We were super-excited about this,\" the 29-year-old told AFP.",
         [("depressed", "Mary Jones"), ("We were super-excited about this,", "Mary Jones")]),
        ("A fire broke out.\n\nOne eyewitness described chaotic scenes at the blaze.\n\nHe said: “There was thick black smoke everywhere.”",
         [("There was thick black smoke everywhere.", "one eyewitness")]),
        ("Simon Harris announced a deal.\n\nHowever, speaking this evening Minister Harris said: “It has been a difficult time.”",
         [("It has been a difficult time.", "Simon Harris")]),
        ("Regeneron chief Leonard Schleifer spoke.\n\nSchleifer’s response: “You’re not entitled to a fraction of the GDP.”",
         [("You’re not entitled to a fraction of the GDP.", "Leonard Schleifer")]),
        ("The decision was described as \"disappointing\" by one British cancer expert who co-led the study.",
         [("disappointing", "one British cancer expert")]),
        ("Cristiano Ronaldo joined Al Nassr.\n\nAt a press conference, the former Arsenal and Chelsea striker said: “I’m so proud.”",
         [("I’m so proud.", "Cristiano Ronaldo")]),
        ("“The government should act,” the Union’s President, Professor Biodun Ogunyemi had said at the University of Lagos.",
         [("The government should act,", "Biodun Ogunyemi")]),
        ("Policy research officer at Satawu Jane Barrett said the decision “means that the strike will be solid”.",
         [("means that the strike will be solid", "Jane Barrett")]),
        ("The UGTT, said Taboubi, wants “a serious and responsible dialogue with the government.”",
         [("a serious and responsible dialogue with the government.", "Taboubi")]),
        ("The teachers’ statement criticized this move, condemning “wage cuts”.", [("wage cuts", "the teachers")]),
        ("The mood in the crowd appeared festive, with protesters playing music and chanting “down again”.",
         [("down again", "protesters")]),
        ("Detective Senior Constable Steve Oakley said the fires were lit.\n\n“It could have been worse,” Det Sen Const Oakley said.",
         [("It could have been worse,", "Steve Oakley")]),
        ("Assistant Superintendent of Police Joji Nadavo led the search.\n\n“We are grateful”, adds ASP Nadavo.",
         [("We are grateful", "Joji Nadavo")]),
        ("“Africa has special needs,” Environment PS Chris Kiptoo said at a briefing.", [("Africa has special needs,", "Chris Kiptoo")]),
        ("A woman died.\n\nFr Seamus Enright, Rector of the religious order in Limerick said: “We are horrified.”",
         [("We are horrified.", "Seamus Enright")]),
        ("The move was criticised by several nations, including Switzerland, which warned: “This will not bring us closer to 1.5C.”",
         [("This will not bring us closer to 1.5C.", "Switzerland")]),
        ("The man was arrested following what Police Commissioner Mathew Iteere described as “credible intelligence reports.”",
         [("credible intelligence reports.", "Mathew Iteere")]),
        ("\"El Salvador has broken all records,\" the words of the president-elect, Nayib Bukele, as he greeted the crowd.",
         [("El Salvador has broken all records,", "Nayib Bukele")]),
        ("While suggesting that the comments were “reckless,” caretaker president David Granger last night urged calm.",
         [("reckless,", "David Granger")]),
        ("Peter O’Neill spoke at the forum.\n\nThe number one issue is climate change,” O’Neill said.",
         [("The number one issue is climate change,", "Peter O'Neill")]),
        ("President Alberto Fernández spoke. The Head of State also announced that Argentina will formalize “”a 2 percent increase.”",
         [("a 2 percent increase.", "Alberto Fernández")]),
        ("‘I want to give strength to my brothers,’ appealed Mondlane, reaffirming that the protests will go on.",
         [("I want to give strength to my brothers,", "Mondlane")]),
        ("\"The court's conclusion is that the decisions are invalid,\" said the ruling by Judge Lena Skjold Rafoss.",
         [("The court's conclusion is that the decisions are invalid,", "Lena Skjold Rafoss")]),
        ("As commentators have said, “no country can support such a prime minister”.",
         [("no country can support such a prime minister", "commentators")]),
        ("The army declared a curfew. \"Under martial law, the committee prohibits anyone from leaving their "
         "home\n\nfrom 10 pm to 5 am,\" an army spokesman said in a televised announcement.",
         [("Under martial law, the committee prohibits anyone from leaving their home\n\nfrom 10 pm to 5 am,", "an army spokesman")]),
        ("Bainimarama dismissed fear of sanctions: \"We have to sacrifice something.\n\nWe have to fix our country first.\"",
         [("We have to sacrifice something.\n\nWe have to fix our country first.", "Bainimarama")]),
        ("President Recep Tayyip Erdogan addressed the cleric on television.\n\n“Now I’m addressing those in Pennsylvania,” he "
         "said.\n\n“The betrayal you have shown, that’s enough.\n\nIf you can. You will not have the "
         "means.”The Gulen group denied all involvement.",
         [("Now I’m addressing those in Pennsylvania,", "Recep Tayyip Erdogan"),
          ("The betrayal you have shown, that’s enough.\n\nIf you can. You will not have the means.", "Recep Tayyip Erdogan")]),
        ("Some men tried to break into an armoury, a statement from the government said.\n\n“They have been "
         "rebuffed,” Chernor Bah, the Minister of Information said in the statement.\n\n“Stay indoors,” the "
         "statement said.",
         [("They have been rebuffed,", "Chernor Bah"), ("Stay indoors,", "Chernor Bah")]),
        ("President Christopher Loeak called on the United States to act.\n\nCompensation from Washington "
         "“does not provide a fair and just settlement” for the damage, he told a ceremony in Majuro.",
         [("does not provide a fair and just settlement", "Christopher Loeak")]),
        ("The House voted on Thursday.\n\nIn an interview with CNN, Representative Justin Jones slammed the "
         "decision of the House Republicans saying: \"What happened was a very sad day.\"",
         [("What happened was a very sad day.", "Justin Jones")]),
        ("The jury was dismissed on Friday. “We all felt she wasn’t credible,” juror Chantan Holmes "
         "said.\n\n“I had a great experience,” one juror said.",
         [("We all felt she wasn’t credible,", "Chantan Holmes"), ("I had a great experience,", "one juror")]),
        ("Wishma Sandamali died in March.\n\n“More than a month has passed,” a woman who had known the "
         "deceased since they were 8 years old said at a news conference.",
         [("More than a month has passed,", "a woman who had known the deceased since they were 8 years old")]),
        ("Commander Filippo Marini of the coast guard spoke on Monday.\n\nCmdr Marini said that “at the sight "
         "of it, the migrants shifted” to one side.",
         [("at the sight of it, the migrants shifted", "Filippo Marini")]),
        ("The flights began this week.\n\nEarly on Friday the White House posted an image of men in shackles, "
         "with the caption: \"Deportation flights have begun.\"",
         [("Deportation flights have begun.", "White House")]),
        ("Phil Lane Jr. said the pipelines would be fought.\n\n“It’s going to be a long, hot summer,” Chief "
         "Allan Adam of the Athabasca Chipewyan First Nation (ACFN) in Fort Chipewyan added.",
         [("It’s going to be a long, hot summer,", "Allan Adam")]),
        ("MPs voted on Tuesday.\n\nBut Mahambehlala later said her vote was captured incorrectly, and she "
         "said her vote for “the party line” was actually a no.",
         [("the party line", "Mahambehlala")]),
        ("Chief Minister Siddaramaiah spoke to reporters in Mysuru.\n\nIn fact, he thinks his party would be "
         "re-elected with a “clear majority,” based on its performance.",
         [("clear majority,", "Siddaramaiah")]),
        ("Michael Wheelahan appeared for the magazine.\n\n“It’s our submission that a fair assessment was "
         "lower,” Wheelahan was quoted in The Australian as saying.",
         [("It’s our submission that a fair assessment was lower,", "Michael Wheelahan")]),
        ("Goo Hara died in 2019.\n\n\"I think she would have been satisfied,\" Hara's brother, Koo Ho-in, said, adding his family would appeal.",
         [("I think she would have been satisfied,", "Koo Ho-in")]),
        ("Pori Moni was granted bail.\n\n\"She will be able to go to the shooting,\" said Pori Moni's lawyer "
         "Nelanjona Refat Surovi while responding to reporters.\n\n\"There is no barrier,\" she added.",
         [("She will be able to go to the shooting,", "Nelanjona Refat Surovi"), ("There is no barrier,", "Nelanjona Refat Surovi")]),
        ("The appeal was heard on Monday.\n\nDirector of Public Prosecutions Paula V. Llewellyn, King’s "
         "Counsel, said “There was a little mix-up in the interpretation.”",
         [("There was a little mix-up in the interpretation.", "Paula V. Llewellyn")]),
        ("The American Beverage Association met on Monday.\n\nIn opposition, the American Beverage "
         "Association (ABA), which represents Coca-Cola and PepsiCo, said it would sue. In a statement on its "
         "Website the organization wrote, “The tax passed today is a regressive tax.”",
         [("The tax passed today is a regressive tax.", "American Beverage Association")]),
        ("Jason Yuan runs a business in Houston.\n\nThe businessman calls SB 17 the “Chinese Exclusion Act of 2025,” referencing the 1882 law.",
         [("Chinese Exclusion Act of 2025,", "Jason Yuan")]),
        ("The vote was held on Tuesday.\n\nThe Joe Biden campaign soon hit back, calling the bid "
         "\"outrageous\" and \"unprecedented,\" and saying it was ready.",
         [("outrageous", "Joe Biden campaign"), ("unprecedented,", "Joe Biden campaign")]),
        ("Soldiers tried to seize the palace from President Luis Arce on Wednesday.\n\nThe Bolivian head of "
         "state said the country was \"going through an attempted coup\" led by Zuniga.",
         [("going through an attempted coup", "Luis Arce")]),
        ("Damiba fled on Saturday.\n\n“I call on Captain Traore to come to his senses,” said the statement "
         "attributed to Damiba, who has yet to resign.",
         [("I call on Captain Traore to come to his senses,", "Damiba")]),
        ("The army took power on Sunday.\n\nOutside Congress, a group of about 150 opposed to the ouster shook their fists, chanting \"Traitors!\"",
         [("Traitors!", "a group of about 150")]),
        ("The mutiny has been condemned by the Economic Community of West African States (Ecowas).\n\n“This "
         "mutiny comes at a bad time,” ECOWAS said in a statement.",
         [("This mutiny comes at a bad time,", "Economic Community of West African States")]),
        ("In 2017, Vaishnavi Ananthanarayanan was leading a laboratory in Bengaluru. Later, Ananthanarayanan "
         "realised that the technology she needed was missing.\n\nA university approached Ananthanarayanan "
         "with an offer. She accepted.\n\n“I couldn’t do the experiment because I did not get the funding in "
         "time,” she said.",
         [("I couldn’t do the experiment because I did not get the funding in time,", "Vaishnavi Ananthanarayanan")]),
        ("\"It is firm,\" said school board President Gary Yee.\n\nDoes Yee regret his decision? \"No, I don't,\" he said.",
         [("It is firm,", "Gary Yee"), ("No, I don't,", "Gary Yee")]),
        ("\"You did just beautifully,\" said Elkanah House deputy principal Minky Antrobus as she handed over an envelope.",
         [("You did just beautifully,", "Minky Antrobus")]),
        ("Sister Olivia Achan is the head teacher.\n\n\"They have refused to pay,\" Sr Achan said.",
         [("They have refused to pay,", "Olivia Achan")]),
        ("Chief education officer Dr Kasan Troupe visited the school.\n\n"
         "Dr Troupe further reported that, “Coincidentally, the school had no water”.",
         [("Coincidentally, the school had no water", "Kasan Troupe")]),
        ("Tom Smith was killed on Sunday.\n\nThe Gleaner reported that Smith had been “shot twice”.", [("shot twice", None)]),
        ("In separate interviews with the Ghana News Agency (GNA) the traders indicated that all must accept that "
         "“we cannot continue business as usual.”", [("we cannot continue business as usual.", "the traders")]),
        ("Colin Meads has died at 81.\n\n\"Our heartfelt thanks to the staff,\" the family said.",
         [("Our heartfelt thanks to the staff,", "the family")]),
        ("Law professor and former UN rapporteur Joy Ezeilo said the actor was a \"beloved\" figure.",
         [("beloved", "Joy Ezeilo")]),
        ("\"Mr Ibu didn't make it,\" said Actors Guild of Nigeria President Emeka Rollas on Saturday.",
         [("Mr Ibu didn't make it,", "Emeka Rollas")]),
        ("\"Teaching the game,\" Gary Bettman said.\n\nWayne Gretzky is hugged by his father.\n\n"
         "Bettman praised Walter for staying connected to the game after Wayne retired as a player.\n\n"
         "\"Walter was passionate,\" he said.",
         [("Teaching the game,", "Gary Bettman"), ("Walter was passionate,", "Gary Bettman")]),
        ("Actor and Teochew opera practitioner Nick Shen posted a photo of himself with Chen on Facebook and captioned it: "
         "\"Rest in peace.\"", [("Rest in peace.", "Nick Shen")]),
        ("The President, Nana Addo Dankwa Akufo-Addo, paid tribute to the musician.\n\n"
         "The President spoke of how supportive the musician was of his vision “for the transformation of Ghana.”",
         [("for the transformation of Ghana.", "Nana Addo Dankwa Akufo-Addo")]),
        ("Mohammed Morsi, Egypt’s new President, spoke of the revolution: “This great revolution was peaceful.”",
         [("This great revolution was peaceful.", "Mohammed Morsi")]),
        ("Voting was postponed, a government spokesperson, Abdoulaye Maiga, said on Monday.\n\n"
         "Maiga, in a statement, blamed “technical reasons”.\n\n"
         "The junta “has decided to organise the presidential election”, the statement said.",
         [("technical reasons", "Abdoulaye Maiga"), ("has decided to organise the presidential election", "Abdoulaye Maiga")]),
        ("The opposition alleges there were “glaring irregularities” in the election.\n\n"
         "The European election observers said they had noted “statistical inconsistencies” in the results.",
         [("glaring irregularities", "The opposition"), ("statistical inconsistencies", "The European election observers")]),
        ("“We are young,” Prince Faisal bin Bandar bin Sultan, the federation's president, told Arab News.\n\n"
         "The federation was founded in 2017, he said. “We have the opportunity.”",
         [("We are young,", "Faisal bin Bandar bin Sultan"), ("We have the opportunity.", "Faisal bin Bandar bin Sultan")]),
        ("The fund was cut last year.\n\n"
         "“The two years prior to last were really hard\" - Rocketwerkz chief executive Dean Hall. Photo / Michael Craig",
         [("The two years prior to last were really hard", "Dean Hall")]),
        ("The fund was cut last year.\n\n“It was hard” - and it got worse in New York.", [("It was hard", None)]),
        ("A director stepped down after a Minister threatened to remove her.\n\n"
         "Minister for Rural and Community Development Heather Humphreys sent a letter to Ms Lally.\n\n"
         "“Your presence harms its effectiveness,” said the Minister’s letter.",
         [("Your presence harms its effectiveness,", "Heather Humphreys")]),
        ("Ursula Owusu Ekuful, Minister of Communications and Digitalisation has devised a new procedure.\n\n"
         "“Non-resident Ghanaians can use their passports,” the Minister said.",
         [("Non-resident Ghanaians can use their passports,", "Ursula Owusu Ekuful")]),
        ("‘’We are grateful to the federation,’’ Mr Agbor told NAN.\n\nHe added that ‘’indeed, they are the big brothers’’.",
         [("We are grateful to the federation,", "Agbor"), ("indeed, they are the big brothers", "Agbor")]),
        ("Tenants are worried, said Wibke Werner of the tenants association.\n\nThe situation remains tense, said Werner."
         " \"The fact that prices are no longer rising is of little use.\"\n\nKimberly Hoffman, 28, from Kuils River said her"
         " household keeps making adjustments.\n\n“We try by all means to save.”",
         [("The fact that prices are no longer rising is of little use.", "Wibke Werner"),
          ("We try by all means to save.", "Kimberly Hoffman")]),
        ("End Fuel Poverty Coalition co-ordinator Simon Francis said: “Customers are out of pocket.”\n\n\"It is like a"
         " snowball,\" Lee Burke with Burke, Bogart, and Brownell Insurance said.\n\nMany young people were among the"
         " Paris crowd, chanting: \"The youth are protesting.\"",
         [("Customers are out of pocket.", "Simon Francis"), ("It is like a snowball,", "Lee Burke"),
          ("The youth are protesting.", "Many young people")]),
        ("Mali’s junta postponed the vote.\n\nMaiga, in a statement, attributed the postponement to “technical reasons”,"
         " adding that “those reasons include a new constitution.”\n\n“The United Nations is proud to be your partner,”"
         " António Guterres, United Nations Secretary-General said.",
         [("technical reasons", "Maiga"), ("those reasons include a new constitution.", "Maiga"),
          ("The United Nations is proud to be your partner,", "António Guterres")]),
        ("Cardinal George Pell was freed on Tuesday.\n\nBut the father of one of the alleged victims - a deceased former"
         " choirboy - said he was in \"complete shock\".\n\nA disabled man broke"
         " down as his container was crushed, saying: \"This is unfair.\"",
         [("complete shock", "the father of one of the alleged victims"), ("This is unfair.", "A disabled man")]),
        ("Prime Minister Justin Trudeau met union leaders on Monday.\n\nIn a statement, a spokesperson for Trudeau said the"
         " two men had a \"constructive meeting\" over the closure.\n\n\"Our focus is on the families,\" said the statement."
         "\n\nThe Canadian Chamber of Commerce said it was \"deeply concerned\".",
         [("constructive meeting", "a spokesperson for Trudeau"), ("Our focus is on the families,", "a spokesperson for Trudeau"),
          ("deeply concerned", "The Canadian Chamber of Commerce")]),
        ("A cyber-attack has hit Jaguar Land Rover (JLR) vehicle production.\n\nThe company, which is owned by Tata Motors,"
         " shut its plants.\n\nThe company said: \"We took immediate action.\"\n\nThe National Crime Agency said: \"We are"
         " aware of an incident.\"",
         [("We took immediate action.", "Jaguar Land Rover"), ("We are aware of an incident.", "National Crime Agency")]),
        ("The House passed the bill.\n\nAfter the vote, Speaker of the House Mike Johnson, R-La., stated, “We really had 217 votes.”"
         "\n\nCommenting on his twitter account President Mnangagwa said, “I wish to congratulate the minister.”",
         [("We really had 217 votes.", "Mike Johnson"), ("I wish to congratulate the minister.", "Mnangagwa")]),
        ("Tobacco was seized in Belfast.\n\nMike Connolly, assistant director, specialist investigations, HMRC said: “This crime is "
         "motivated by greed.”", [("This crime is motivated by greed.", "Mike Connolly")]),
        ("The museum will move to Nairobi.\n\nThe decision has not gone down well with Turkana County Governor Josphat Nanok who has "
         "termed the move as “theft of the community’s heritage”.", [("theft of the community’s heritage", "Josphat Nanok")]),
        ("Culture Secretary Michelle Donelan spoke on Monday.\n\nMeanwhile, the sculptures “belong here in the UK” and should not be "
         "returned, the culture secretary has insisted.", [("belong here in the UK", "Michelle Donelan")]),
        ("Culture minister Gennaro Sangiuliano visited Pompeii.\n\n«These finds show how much remains,» said the minister, ANSA "
         "reports.", [("These finds show how much remains,", "Gennaro Sangiuliano")]),
        ("GM chief executive Mary Barra wrote to employees.\n\nEmployees can expect “additional developments” related to the recall, "
         "Barra said in the letter posted on GM Fastlane, the company's news magazine.", [("additional developments", "Mary Barra")]),
        ("Acme Motors said on Monday it had shut its systems.\n\nWorkers at the company’s Halewood plant were sent home.\n\n“We took "
         "immediate action,” the company said.", [("We took immediate action,", "Acme Motors")]),
        ("A bench headed by Chief Justice of Pakistan (CJP) Mian Saqib Nisar, Justice Asif Saeed Khosa and Justice Mazhar Alam "
         "had reserved its ruling.\n\n“The judgement is reversed,” said the CJP in court.",
         [("The judgement is reversed,", "Mian Saqib Nisar")]),
        ("Liberal Democrat leader Sir Ed Davey urged “one nation” Conservatives to join his party, accusing Badenoch of deciding "
         "to “abandon the traditional British values”.", [("one nation", "Ed Davey"), ("abandon the traditional British values", "Ed Davey")]),
        ("Tulip Siddiq resigns as City minister\n\nTulip Siddiq has resigned as City minister, Downing Street has confirmed.\n\n"
         "The Labour MP for Hampstead and Highgate wrote to the Prime Minister to say that she had “not breached the code”.",
         [("not breached the code", "Tulip Siddiq")]),
        ("Theresa May apologised to Caribbean leaders.\n\nThe case was raised by Labour MP David Lammy, prompting an intervention by "
         "immigration minister Caroline Noakes.\n\n“I want to dispel any impression,” the Prime Minister told the leaders.",
         [("I want to dispel any impression,", "Theresa May")]),
        ("China sanctioned nine UK citizens, including Tory MPs Nusrat Ghani and Tim Loughton.\n\nOne of the group, Tory MP Sir "
         "Iain Duncan Smith, said he would wear the sanctions ‘as a badge of honour’.\n\nGhani told BBC Radio: ‘This is a wake-up "
         "call.’", [("as a badge of honour", "Iain Duncan Smith"), ("This is a wake-up call.", "Nusrat Ghani")]),
        ("Kemi Badenoch has repeated her remarks despite criticism from Vice-President Kashim Shettima, who accused her of "
         "disparaging her country.\n\nShettima spoke at a summit in Abuja.\n\nHe said, “She is entitled to her own opinions.”",
         [("She is entitled to her own opinions.", "Kashim Shettima")]),
        ("This is a humiliation for Prime Minister Theresa May, who chose to call the election.\n\nLabour leader Jeremy Corbyn "
         "urged her to resign, but she said her party would “ensure” stability.", [("ensure", "Theresa May")]),
        ("Former prime minister Theresa May voted for the report.\n\nMay urged her party to “show that we are prepared to act”, "
         "in a jibe at Sunak.", [("show that we are prepared to act", "Theresa May")]),
        ("The minister of Information and Culture, Alh. Lai Mohammed toured the plant on Monday.\n\n“Innoson is living up to "
         "the policy,” he said.", [("Innoson is living up to the policy,", "Lai Mohammed")]),
        ("Singer Ana Silva missed the concert.\n\nOn Sunday night Silva apologised “to everyone who made the effort to come”.",
         [("to everyone who made the effort to come", "Ana Silva")]),
        ("Trolley numbers rose in May.\n\nINMO General Secretary, Phil Ní Sheaghdha, commented and said, “The number of "
         "patients is higher.”", [("The number of patients is higher.", "Phil Ní Sheaghdha")]),
        ("The Central District Military Court ruled in favor of Colonel Park.\n\nThe court stated, “It is difficult to conclude "
         "that a specific and individual order was given,” and added, “Rather, the Commandant had an obligation.”",
         [("It is difficult to conclude that a specific and individual order was given,", "Central District Military Court"),
          ("Rather, the Commandant had an obligation.", "Central District Military Court")]),
        ("Omoyemi Akerele, founder and creative director of Lagos Fashion and Design Week said:\n\n“We have been able to "
         "get a bit of support.”", [("We have been able to get a bit of support.", "Omoyemi Akerele")]),
        # "they" where no group opens a sentence just before and no body was at work: the people last spoken of as many
        ("CONFUSION reigned yesterday as grocers rushed to change prices.\n\nThey also complained the list was \"quite "
         "confusing\".", [("quite confusing", "grocers")]),
        ("Women wearing black sarees marched carrying photographs of their missing relatives. “We want justice”, they "
         "chanted.", [("We want justice", "women")]),
        # an office of a body, its aside left open before the verb
        ("“We have been agitating for 2,000 days now,” Kadirgamanathan Kohilavani, leader of a Kilinochchi-based group of "
         "families of disappeared told The Hindu.", [("We have been agitating for 2,000 days now,", "Kadirgamanathan Kohilavani")]),
        # "the presiding judge" is not a court spokesman the story did not name
        ("A Sapporo district court spokesman told AFP that their claim had been dismissed.\n\nThe presiding judge said that "
         "river fishing was not their \"inherent\" right.", [("inherent", "The presiding judge")]),
        # "four years of Bolsonaro, who": a span of time before the name, no office
        ("Under four years of Bolsonaro, who had vowed to not cede \"one more centimetre\" of land, deforestation increased.",
         [("one more centimetre", "Bolsonaro")]),
        # a first name typed without its accent ("Francois"); a nickname in quotes before the surname that speaks
        ("Willem Landman, a professor of meteorology, explained that it is hot.\n\nFrancois Engelbrecht, from the Global "
         "Change Institute at Wits University and a contributing author to several international climate change reports, "
         "explained that this heat wave was predicted.\n\n“We saw this heat wave coming,” he said.",
         [("We saw this heat wave coming,", "Francois Engelbrecht")]),
        ("Gary Codner, director of marketing at Cooyah, sees their designs as arising from history.\n\nEarl 'Biggy' Turner "
         "says Jamaican fashion represents the attitude. \"My clothes are an attitude,\" he said.",
         [("My clothes are an attitude,", "Earl Turner")]),
        # what data shows is said by whoever reads it out; a role, then a body's person between commas
        ("Dr Mark McCarthy, the head of the centre, said the extra data revealed a “very interesting timeline”.",
         [("very interesting timeline", "Mark McCarthy")]),
        ("Lead author of the study, Western Sydney University’s Professor Ray Norris, says we are in a “surge of "
         "discovery” now.", [("surge of discovery", "Ray Norris")]),
        # "As X explains:": the clause's subject; a first name alone after a calling in capitals
        ("As Bazaza explains: “You can spot shimmering silvers at first.”", [("You can spot shimmering silvers at first.", "Bazaza")]),
        ("Fashion Enthusiast Mika says, “The great thing about fashion is this.”",
         [("The great thing about fashion is this.", "Mika")]),
        # "the Indian": whom the story called so; "the champ", "the youngster": people
        ("Indian golfer Shubhankar Sharma equalled his best performance.\n\n\"It was special,\" said the Indian.",
         [("It was special,", "Shubhankar Sharma")]),
        ("Naoya Inoue won again on Tuesday.\n\n“I want to show the strongest version of me,” the undefeated champ said.",
         [("I want to show the strongest version of me,", "Naoya Inoue")]),
        # "the 2024 Olympic Games" is no one, and no one's name between a name and the "her" that follows it
        ("Summer McIntosh is back home in Toronto after making history at the 2024 Olympic Games, but the 17-year-old "
         "swimmer admits the reality of her performance hasn’t “fully sunk in yet.”\n\n“I think the main thing for me is "
         "to keep it simple,” she told reporters.", [("fully sunk in yet.", "Summer McIntosh"),
                                                    ("I think the main thing for me is to keep it simple,", "Summer McIntosh")]),
        # a low mark typed for a comma; a name set off after a noun for people is a person's
        ("One of the march organisers‚ Loyiso Saliso‚ applauded the woman.\n\n“We see you‚ Baba. We are keeping receipts‚” "
         "she said.", [("We see you‚ Baba. We are keeping receipts‚", "Loyiso Saliso")]),
        # a dash between the quote and its credit
        ("\"It is pure barbarism\" - said a protester in Kraków.\n\n\"We refuse to let PiS decide for us\" - another "
         "protester said.", [("It is pure barbarism", "a protester"), ("We refuse to let PiS decide for us", "another protester")]),
        ("One business man on the other hand called on the government to release a timetable.\n\n“They should release a "
         "timetable,” he said.", [("They should release a timetable,", "One business man")]),
        # a "he" or "she" no named person fits: the unnamed person the sentence before opened on
        ("The victim whose name was withheld for being a minor is a pupil at Highland Primary school.\n\n“I was forced by "
         "my parents to marry this man,” she told this publication.", [("I was forced by my parents to marry this man,", "The victim")]),
        ("One of the protesters in Szczecin said: \"PiS have used the tribunal.\" \"They have put us in a really abject "
         "situation,\" she added.", [("PiS have used the tribunal.", "one protester"),
                                      ("They have put us in a really abject situation,", "one protester")]),
        ("A woman at the market was angry. A man shouted. “I lost everything,” she said.", [("I lost everything,", "A woman")]),
        # a long aside between the name and its verb
        ("“We are trying to recuperate the rest of our community,” David Maxaná, a 30-year-old resident of Chitún who "
         "lives in the makeshift houses made of canes and plastic tarps that make up the occupation, said.",
         [("We are trying to recuperate the rest of our community,", "David Maxaná")]),
        # a capitalised calling, or what a body is, before the name
        ("Elliott region Traditional Owner Jane Gregory said the project was “destroying our country” and water.",
         [("destroying our country", "Jane Gregory")]),
        ("Chief Hennie van Wyk of the Xoraxoukhoe House, told traditional leaders: “We are the original people.”",
         [("We are the original people.", "Hennie van Wyk")]),
        ("The order \"is a major blow to the struggle\", advocacy group Campaign for Survival and Dignity said in a statement.",
         [("is a major blow to the struggle", "Campaign for Survival and Dignity")]),
        # a photo credit in brackets alone before a quote is no one speaking (it had raised an IndexError)
        ("Jeon Mi-kyeong speaks during a press event Tuesday in Seoul. (Seoul Design Foundation)\n\n“Perhaps it is "
         "time for K-style to be introduced to the world in a more mature form.”",
         [("Perhaps it is time for K-style to be introduced to the world in a more mature form.", None)]),
        # a document quoted as "the report said": whoever the story said issued it
        ("Aamir Raza Khan will chair the committee, read a notification issued by the interior ministry — a copy of "
         "which is available.\n\n\"It will enquire into the leak,\" read the notification.",
         [("It will enquire into the leak,", "the interior ministry")]),
        ("This is revealed in Judge Alalatoa Rosella Papali’i’s ruling.\n\n“You told him to stop,” the ruling reads.",
         [("You told him to stop,", "Alalatoa Rosella Papali'i")]),
        ("The chair of the Public Accounts Committee (PAC) spoke on Monday. The PAC report outlines spending problems.\n\n"
         "The report warns: “Government does not do enough.”", [("Government does not do enough.", "Public Accounts Committee")]),
        ("Muslims face demonization, says the annual report of rights watchdog Amnesty International.\n\n“Authorities were "
         "openly critical,” the report said.", [("Authorities were openly critical,", "Amnesty International")]),
        # a role is no misspelt name: "woman" once and "women" twice is still a woman
        ("The women watched. Other women waved. “She’s much prettier in person,” one middle-aged woman says.",
         [("She’s much prettier in person,", "one middle-aged woman")]),
        # "one", "another": one of the kind of people the story last showed
        ("Some residents said they heard gunshots at 6.40am.\n\n“Doesn’t sound great with that many sirens,” one wrote on "
         "social media.\n\n“It’s insane. So many sirens,” said another.",
         [("Doesn’t sound great with that many sirens,", "one resident"), ("It’s insane. So many sirens,", "another resident")]),
        ("Locals lament that the outsiders never suffer. One bitterly said: \"They come, loot and vanish.\"",
         [("They come, loot and vanish.", "one local")]),
        ("Traders lost everything. \"The fire started around 1 am,\" one of the traders told reporters.",
         [("The fire started around 1 am,", "one trader")]),
        ("Boda boda riders hunt for customers.\n\n“Customer, come here!” one rider shouts, touching the arm of a passer-by.",
         [("Customer, come here!", "one rider")]),
        # "Bernie Monk's son": someone's kin names a person; "Monk said" is then his surname, not a monk
        ("Sonya Rockhouse lost her son Daniel. Bernie Monk's son Michael died, and Anna Osborne's husband Milton also "
         "died.\n\nMonk said he always knew that re-entry could be achieved.\n\n\"Even in our darkest days, I knew this job "
         "could be done,\" he said.", [("Even in our darkest days, I knew this job could be done,", "Bernie Monk")]),
        # "…, Furey said Monday, adding:": the participle goes on with the one the mid-sentence credit named
        ("Many systems have since been restored, and that work is ongoing, Furey said Monday, adding: “There is some "
         "disruption, but patients are getting the care.”", [("There is some disruption, but patients are getting the care.", "Furey")]),
        # two portfolios joined by "and" before a plural body: one phrase, not "Singapore’s health"
        ("Singapore’s health and information ministries said the attack was \"unprecedented\".",
         [("unprecedented", "Singapore's health and information ministries")]),
        # an "Associate Transport Minister" holds another office than "the Transport Minister"
        ("Roads can be safer, says Transport Minister Phil Twyford.\n\nMr Twyford said the Government would look at it as "
         "part of Associate Transport Minister Julie Anne Genter's safety strategy.\n\n“We can do a lot better,” the "
         "Transport Minister said.", [("We can do a lot better,", "Phil Twyford")]),
        # a name and "who" with no comma is a person (a team's name takes a comma: "Arsenal, who lead the league")
        ("Timoci Lagilevu who was waiting to board the bus to Lami from the Suva Bus Stand said he was at a loss as to how "
         "he would manage.\n\n“I am a watchman and I come to Suva every day,” the 45-year-old said.",
         [("I am a watchman and I come to Suva every day,", "Timoci Lagilevu")]),
        # "dela", as in the Philippines' "dela Rosa", is part of a name
        ("PNP Director General Ronald dela Rosa broke down at the hearing.\n\n“I swore on my life,” dela Rosa said.",
         [("I swore on my life,", "Ronald dela Rosa")]),
        # "Comrade" is a union's or a party's honorific, no part of the name
        ("Dock worker leader Adewale Adeyanju said the union joined the strike.\n\n“Nothing is happening at these ports,” "
         "Comrade Adeyanju told the Nigerian Tribune.", [("Nothing is happening at these ports,", "Adewale Adeyanju")]),
        # "Ståle Jamtli from the JRCC told": a person who speaks for a body, and the "he" after him
        ("A spokesman said they were alerted by the beacon.\n\nStåle Jamtli from the JRCC told BBC Scotland the rescue was "
         "scrambled from a platform.\n\n\"They were there after 20 minutes,\" he said.",
         [("They were there after 20 minutes,", "Ståle Jamtli")]),
        # "the UKMTO center": the body its initials stand for, where the story spelt them out
        ("An explosion caused damage, according to the United Kingdom Maritime Trade Operations (UKMTO) center.\n\n"
         "“Military authorities report crew have abandoned the vessel,” the UKMTO center said.",
         [("Military authorities report crew have abandoned the vessel,", "United Kingdom Maritime Trade Operations")]),
        # a body given a quote by its one-word name is still the business at work, for "the company" after it
        ("After the vote, Codelco said in a statement that “the company regrets the decision of the assembly.”\n\n"
         "“This is the maximum effort that we can make,” the company explained.",
         [("the company regrets the decision of the assembly.", "Codelco"), ("This is the maximum effort that we can make,", "Codelco")]),
        # "mayor of Dubrovnik" is an office, whose holder the story names; "Dubrovnik" is no one
        ("“Please help us protect the city,” mayor of Dubrovnik tells cruise lines.\n\nThe mayor of Dubrovnik, Mato "
         "Franković, has asked cruise lines to respect the cap.", [("Please help us protect the city,", "Mato Franković")]),
        # "the Port of Valparaiso said": the place at the end of a body's name is not a business at work
        ("In a release, the Port of Valparaiso said work would \"completely normalize\".\n\nThe Chilean Fruit Growers "
         "Federation (Fedefruta) highlighted the importance of the resolution.\n\n\"This understanding seems very positive "
         "to us,\" the group said.", [("completely normalize", "the Port of Valparaiso"),
                                       ("This understanding seems very positive to us,", "Chilean Fruit Growers Federation")]),
        # a hyphenated adjective ending in "-ed" is no verb: the whole role speaks, not "The head of the"
        ("The head of the military-installed government said on Saturday that it was only a “little break”.",
         [("little break", "The head of the military-installed government")]),
        # a name with a particle inside it ("Lula da Silva") is a name, so "Lula" alone later is that person
        ("Brazilian President Luiz Inácio Lula da Silva spoke in Abuja on Friday.\n\nLula affirmed that relations "
         "between the two continents may become “infinitely” greater.", [("infinitely", "Luiz Inácio Lula da Silva")]),
        # a credit that closes the sentence with an unnamed official, after words that follow the quote
        ("The blasts were a “heinous attack on civilian facilities” by the militia, a senior Emirati official said.",
         [("heinous attack on civilian facilities", "a senior Emirati official")]),
        # a body's initials in brackets inside the credit, and "told AFP of the plant" after it
        ("The plant was \"started at 19:02\" (1002 GMT), Tokyo Electric Power Company (TEPCO) spokesman Tatsuya Matoba "
         "told AFP of the Kashiwazaki-Kariwa plant.", [("started at 19:02", "Tatsuya Matoba")]),
        # the present tense of a profile after a name ("Arevalo shares"), not only "says"
        ("“During the rainy season, vehicles cannot pass,” Michelle Arevalo shares.",
         [("During the rainy season, vehicles cannot pass,", "Michelle Arevalo")]),
        ("“The objective remains the same,” declares Economy Minister Luis Caputo.",
         [("The objective remains the same,", "Luis Caputo")]),
        # a body's word in lower case after its name goes on with it: the union, not the company
        ("The Samsung union declares an ‘indefinite’ strike.", [("indefinite", "Samsung union")]),
        # "it" is the business at work ("Ryanair, which has …, has also scrambled"), not people who spoke before
        ("A strike by Ryanair pilots looks inevitable.\n\nRepresentatives said there is little hope of a compromise.\n\n"
         "Ryanair, which has Michael O'Leary as its chief executive, has also scrambled to find replacements.\n\n"
         "“We need to plan what services we can operate,” it told pilots in a circular.",
         [("We need to plan what services we can operate,", "Ryanair")]),
        # a paper's capitals on a participle that opens the lede: no one called "SPEAKING"
        ("SPEAKING at a meeting on Saturday, the caretaker Prime Minister Pedro Sanchez backed an amnesty, saying it would "
         "‘close open wounds’.\n\n“Catalonia is ready,” he said.",
         [("close open wounds", "Pedro Sanchez"), ("Catalonia is ready,", "Pedro Sanchez")]),
        ("“We will govern for everyone,” were the first words of Giorgia Meloni in her speech.",
         [("We will govern for everyone,", "Giorgia Meloni")]),
        # an office of a body, then the name between commas, then "…, saying"
        ("Conner Rousseau leads Vooruit.\n\nThe leader of Les Engagés, Maxime Prévot, also spoke positively about De Wever, "
         "saying that “there has been total respect”.",
         [("there has been total respect", "Maxime Prévot")]),
        # a name, then the body (in lower case) they speak for
        ("“We caught 523 whales,” Per Rolandsen of the fishing association in Svolvaer, north Norway, told Reuters.",
         [("We caught 523 whales,", "Per Rolandsen")]),
        # a body whose name has "and", then what the person is there, then the name
        ("Tasmania Parks and Wildlife Services incident controller Nic Deka said they found a method “that’s giving us the "
         "best chance”.",
         [("that’s giving us the best chance", "Nic Deka")]),
        # a credit set off by commas in the middle of the sentence, after the quote
        ("Corrections leaders were making changes at a “glacial” pace, chief ombudsman Peter Boshier said, and needed "
         "closer tracking.",
         [("glacial", "Peter Boshier")]),
        ("“All three markhors have been hunted,” informed Iltaf Ali Shah, the forest officer.",
         [("All three markhors have been hunted,", "Iltaf Ali Shah")]),
        # a participle's clause opens the sentence after "Earlier,": the subject follows it
        ("Earlier, drawing the attention of the house to the letter, Murtaza Javed Abbasi regretted that the statement "
         "had now been “rejected”.",
         [("rejected", "Murtaza Javed Abbasi")]),
        # "who …" after the quote: the speaker and what they are, however long, then the verb
        ("“The flames leaped up furiously,” a passenger who escaped from Flight 516 from New Chitose Airport in Hokkaido "
         "said.",
         [("The flames leaped up furiously,", "a passenger who escaped from Flight 516 from New Chitose Airport in Hokkaido")]),
        ("“The Commission wishes to notify the public,” Lanre Mojola who is DG/CEO of the Lagos State Safety Commission "
         "said in a statement.",
         [("The Commission wishes to notify the public,", "Lanre Mojola")]),
        # the clause after "and" has a subject of its own, who hands over to the quote
        ("Singer Duanne O’Connor was third.\n\nDuncan also came in for kudos and O’Connor sent a warning: “The older ones will "
         "not be stepping back.”",
         [("The older ones will not be stepping back.", "Duanne O'Connor")]),
        ("“I now declare Montego Bay, Sumfest City,” proclaimed mayor of Montego Bay Councillor Leeroy Williams.",
         [("I now declare Montego Bay, Sumfest City,", "Leeroy Williams")]),
        # an opening phrase no comma closes, then the name and its verb: the subject of "…, saying"
        ("Director Peter Kosminsky won the award.\n\nEarlier in the ceremony Kosminsky hit out at the Government, saying "
         "it was trying to “eviscerate” the BBC.",
         [("eviscerate", "Peter Kosminsky")]),
        # the asides read from the verb back: a description, an age, then the name after its role
        ("Juru village resident, Theresa Mapara, 47, a home-based caregiver who assists patients, said, “Most of the time "
         "at night I weep.”",
         [("Most of the time at night I weep.", "Theresa Mapara")]),
        ("Village resident Theresa Mapara, 47, a home-based caregiver, said, “Most of the time at night I weep.”",
         [("Most of the time at night I weep.", "Theresa Mapara")]),
        # "shared" and "advises" as verbs of speech; "had been widely shared" is no one speaking
        ("Misbah Khan runs a shop by the site.\n\nAs the work resumed, young Khan shared his ordeal: “We are not aware of "
         "the government’s plan.”",
         [("We are not aware of the government’s plan.", "Misbah Khan")]),
        # (an office with no article, then the body it is in, the name, and where she said it)
        ("“Compare your prices,” advises chief executive officer (CEO) of the CAC, Dolsie Allen, in an interview.",
         [("Compare your prices,", "Dolsie Allen")]),
        ("Minister Yaacob Ibrahim apologised.\n\nThe post had been widely shared, and criticised for being “insensitive”.",
         [("insensitive", None)]),
        # "X and deputy Prime Minister Y": the "and" joins two people; X is no body modifying a title
        ("Prime Minister Christopher Luxon will be joined by Defence Minister Judith Collins and deputy Prime Minister "
         "Winston Peters.\n\n“It gets our forces out of intensive care,” she said.",
         [("It gets our forces out of intensive care,", "Judith Collins")]),
        # an age after the name, and a body's short name in brackets inside an office
        ('"It is unbearable," Shamsunnahar in her late 70s complained about the load shedding.',
         [("It is unbearable,", "Shamsunnahar")]),
        ('"We want a 4.5 generation aircraft," said Air Force Chief of Staff (Kasau) Marshal Fadjar Prasetyo talking to media.',
         [("We want a 4.5 generation aircraft,", "Fadjar Prasetyo")]),
        # a caption's photo credit is no speaker; the paragraph after an uncredited quote may say whose words they were
        ("Police stood guard at the Islamic Centre in Whangārei. Photo / Tania Whyte\n\n"
         "\"This hatred must not be allowed to win.\"\n\n"
         "Those were the words from Suhil Musa, Imam for the Northland Muslim Community, after the attack.",
         [("This hatred must not be allowed to win.", "Suhil Musa")]),
        ("“We will rebuild.”\n\nSo said Maria Lopez, the mayor, on Monday.", [("We will rebuild.", "Maria Lopez")]),
        # "what police described as": a group noun after "what" speaks as a name does
        ("It was an attack that left what police described as \"a significant number of people\" dead.",
         [("a significant number of people", "police")]),
        # asides that open with "whose" or "which" are not the subject
        ("Lee — whose organization says he has tested negative — said the group was “actively cooperating.”",
         [("actively cooperating.", "Lee")]),
        ('RBS, which owns NatWest, issued a statement today saying: "The systems issues have now been resolved."',
         [("The systems issues have now been resolved.", "RBS")]),
        # an office with "of" inside, after the verb
        ("“We need to stop the flow,” said Focus Ireland director of advocacy Mike Allen.",
         [("We need to stop the flow,", "Mike Allen")]),
        ("“We need to stop the flow,” said director of advocacy Mike Allen.", [("We need to stop the flow,", "Mike Allen")]),
        # "the statement" is the words of whoever the story said issued it, after a participle phrase too
        ("In a statement issued Friday, the Canadian Conference of Catholic Bishops (CCCB) acknowledged abuses.\n\n"
         "While asserting that others had “already offered apologies,” the statement said “we apologize.”",
         [("already offered apologies,", "the Canadian Conference of Catholic Bishops"),
          ("we apologize.", "the Canadian Conference of Catholic Bishops")]),
        ("The Competition Authority of Kenya (CAK) has cracked its whip on Clean Shelf Supermarkets over prices.\n\n"
         "Through a press statement, the authority has indicated that the retail chain had adjusted prices.\n\n"
         "“The Authority has determined that the retailer sold the same batch,” reads the statement.",
         [("The Authority has determined that the retailer sold the same batch,", "Competition Authority of Kenya")]),
        # an opening phrase no comma closed is not the subject
        ("In a statement released this afternoon Dr Brady said the report confirms “grave errors” of judgement.",
         [("grave errors", "Brady")]),
        # "Her" opening a sentence is no one's name; "her response reads" is hers
        ("It was a reply by Defence Minister Angie Motshekga. Her questioner was Nicholas Gotsell.\n\n"
         "Her response reads: “The navy has registered its concerns.”",
         [("The navy has registered its concerns.", "Angie Motshekga")]),
        # a team named inside an appositive that ends in a noun for a person describes the speaker
        ("Mr Andrews, an avid Hull Kingston Rovers rugby league fan, said he sang to the children.\n\n"
         "He said: \"I've done silly things.\"",
         [("I've done silly things.", "Andrews")]),
        # a broadcaster "Accra-based Joy FM" is no woman; the one named after the opening clause speaks
        ("Narrating her story to Accra-based Joy FM how she started, Akorfa said she began the work in May.\n\n"
         "She said \"I started almost six months ago.\"",
         [("I started almost six months ago.", "Akorfa")]),
        # the name an aside gives the speaker
        ("“Why did they demolish just a few houses?” a resident, who identified himself as Nemiah Magure, said.",
         [("Why did they demolish just a few houses?", "Nemiah Magure")]),
        ("'They were stateless,' said the 68-year-old, who asked to be identified only as Leong, when met recently.",
         [("They were stateless,", "Leong")]),
        # "another" opens a speaker's noun phrase as "a" does
        ('"I was still asleep," another victim, who gave his name as Jibril, said.', [("I was still asleep,", "Jibril")]),
        ('"I was still asleep," another resident said.', [("I was still asleep,", "another resident")]),
        # a name in marks after "identified herself as" is her name, not words; "the community of New Orleans" is a place
        ("Gunmen opened fire in the inner-city community of New Orleans, grazing a resident as she ran.\n\n"
         "A bystander who identified herself as ‘Susie Joseph’ said she ran.\n\n“I was outside,” she said.",
         [("I was outside,", "Susie Joseph")]),
        # "the New Zealander": one of a people, the one the story is about
        ("Warren Gatland was unhappy after the loss to Ireland.\n\n\"But I was not that disappointed,\" added the New "
         "Zealander, who returned to replace Wayne Pivac.", [("But I was not that disappointed,", "Warren Gatland")]),
        # an aside between spaced hyphens closes the opening clause before the subject
        ("Garda Commissioner Noirin O'Sullivan has claimed gardai cannot be everywhere.\n\nWhen asked why gardai were unable "
         "to prevent the murder on Poplar Row - despite the checkpoints across the city - the garda chief said: "
         "\"Sometimes people are determined.\"", [("Sometimes people are determined.", "Noirin O'Sullivan")]),
        # "X of the Garda Press Office issued …": X acts, so a later "He said" is X; "the incident described above was"
        # is no one speaking
        ("Jim Cusack reported that the gardai waited.\n\nHowever, garda Kevin Donohoe of the Garda Press Office issued a "
         "statement claiming that the incident described above was \"concluded within 42 minutes.\"\n\n"
         "He said, \"The incident commenced at 6.50 hours.\"",
         [("concluded within 42 minutes.", "Kevin Donohoe"), ("The incident commenced at 6.50 hours.", "Kevin Donohoe")]),
        # a social-media handle names whoever posted; "Demy from Greece said": the name, not the place
        ("@harrisonJNIOR said, “I woke up by 1:22 to see what is cooking”.\n\n"
         "“I’m really lucky,” Demy from Greece said.",
         [("I woke up by 1:22 to see what is cooking", "@harrisonJNIOR"), ("I’m really lucky,", "Demy")]),
        # an adverb after the aside's closing comma: "One fan, John Smith, notably wrote:"
        ("One fan, John Smith, notably wrote: “Davido, you did well.”", [("Davido, you did well.", "John Smith")]),
        # "In a statement, X described …", then "the statement said": X's words, whatever X's verb
        ("In a statement, the Four Paths Primary and Infant School described his murder as sad.\n\n"
         "“We continue to pray for our communities,” the statement said.",
         [("We continue to pray for our communities,", "the Four Paths Primary and Infant School")]),
        # an office that lists its portfolios, after the quote: one title, then the name
        ("\"The position is to uphold the constitution,\" Coordinating Minister of Security, Political and Legal Affairs "
         "Djoko Suyanto told the Jakarta Globe on Wednesday. \"There must not be any coercion.\"",
         [("The position is to uphold the constitution,", "Djoko Suyanto"), ("There must not be any coercion.", "Djoko Suyanto")]),
        ("“We will build more homes,” said Minister for Housing, Local Government and Heritage Darragh O’Brien.",
         [("We will build more homes,", "Darragh O'Brien")]),
        # a run of quotes, each its own paragraph, credited only at its end: the credit covers the run
        ("The union leader spoke in Bomet.\n\n“When we don’t get salaries, the only thing we can think about is war.”\n\n"
         "“We have no problem with the Government.”\n\n“We have been persuaded to refrain,” stated Wilson Sossion.",
         [("When we don’t get salaries, the only thing we can think about is war.", "Wilson Sossion"),
          ("We have no problem with the Government.", "Wilson Sossion"),
          ("We have been persuaded to refrain,", "Wilson Sossion")]),
        # a word quoted after the speaker's words, no one's, does not end them; "McCormick said Sir Tim had …": "he"
        # goes on with the one who reports, not the one reported on
        ("Sir Tim Shadbolt has died. Gary McCormick says it is a sad day.\n\nMcCormick said Sir Tim had a rare gift.\n\n"
         "\"He led by example,\" he told RNZ. It was a style befitting a man who had been in trouble as a student for "
         "using the word \"bullshit\".\n\n"
         "\"He had a strange kind of fearlessness.\"",
         [("He led by example,", "Gary McCormick"), ("bullshit", None), ("He had a strange kind of fearlessness.", "Gary McCormick")]),
        # "In a post on its Facebook page, the sheriff’s office said …", then "the post continued": the one who posted it
        ("Jasper County Sheriff's Office spoke.\n\nIn a post on its Facebook page, the sheriff’s office said deputies "
         "“responded to the 1800 block.”\n\n“The suspect began shooting,” the post continued.",
         [("responded to the 1800 block.", "Jasper County Sheriff's Office"),
          ("The suspect began shooting,", "Jasper County Sheriff's Office")]),
        # "was told by Senior Superintendent of Police Damion Manderson that": an office with its "of", then the name
        ("Prime Minister Andrew Holness visited.\n\nHolness sought updates and was told by Senior Superintendent of Police "
         "Damion Manderson that the lawmen were following “some very strong leads”.",
         [("some very strong leads", "Damion Manderson")]),
        # "…, Australia’s foreign office said, adding": the participle goes with the role that said it
        ("Tonga has also accepted Canberra’s offer to send a surveillance flight, Australia’s foreign office said, adding it "
         "is prepared to supply “critical humanitarian supplies”.",
         [("critical humanitarian supplies", "Australia's foreign office")]),
        # a long opening phrase, with "Rep." and "Sept." in it, before the subject
        ("President Rodrigo Duterte spoke.\n\nIn a speech at the birthday celebration of Davao Rep. Karlo Alexie “Kaka” "
         "Nograles in Davao City on Sept. 2, the President again mentioned Mabilog, saying the mayor’s house was “more "
         "grandiose” than Malacañang.", [("more grandiose", "Rodrigo Duterte")]),
        # "… questioning from independent TD Shane Ross who queried whether …": the one the "who" is about
        ("Barry O’Leary spoke.\n\nO’Leary faced tough questioning from independent TD Shane Ross who queried whether they "
         "were just using Ireland as “a kind of conduit”.", [("a kind of conduit", "Shane Ross")]),
        # "Kinoti for the first time revealed"
        ("Director George Kinoti spoke.\n\nKinoti for the first time revealed that Kenei was eliminated to “save powerful "
         "figures”.", [("save powerful figures", "George Kinoti")]),
        # "the Paca River" is no woman for a later "she"; "his official Facebook page" is no man for "he"
        ("Mayor Estela Obut said 241 families were rescued.\n\nObut said the Paca River overflowed. She said more areas were "
         "flooded. “Sixteen houses had been damaged,” she said.", [("Sixteen houses had been damaged,", "Estela Obut")]),
        ("Prime Minister Prayut Chan-O-Cha spoke.\n\nPrayut welcomed the ruling in a statement on his official Facebook "
         "page, saying he would push ahead.\n\n\"I will try my best,\" he wrote.", [("I will try my best,", "Prayut Chan-O-Cha")]),
        # "Divyashree, a resident of Bellandur said": the aside's closing comma left out, the name before it
        ("Divyashree, a resident of Bellandur said, “The problem has only been increasing.”",
         [("The problem has only been increasing.", "Divyashree")]),
        ("Later, a resident of Bellandur said, “The problem has only been increasing.”",
         [("The problem has only been increasing.", "a resident of Bellandur")]),
        # a body's possessive, its role, then the holder's name between commas
        ("In response, Premium Times’ Editor-in-Chief, Musikilu Mojeed, described the comment as “completely baseless,” "
         "stressing the point.", [("completely baseless,", "Musikilu Mojeed")]),
        ("Villagers attacked the house of village head Tatang.\n\nTatang could not be reached for comment.\n\n"
         "“They left,” Tatang's next-door neighbor, Marta, said.", [("They left,", "Marta")]),
        # "the leader of Glasgow City Council": an office and its body, no name in it
        ("Shutting community centres will be a “last resort”, the leader of Glasgow City Council has insisted.\n\n"
         "Council leader Susan Aitken said more.", [("last resort", "Susan Aitken")]),
        # a lede's "the chair of the Public Accounts Committee": the one the story then is about
        ("MPs lack the tools to scrutinise the “eye-watering sums” spent, according to the chair of the Public Accounts "
         "Committee.\n\nDame Meg Hillier warned that a gap had opened up. Hillier said it was serious.",
         [("eye-watering sums", "Meg Hillier")]),
        # 'Peters: ""We want …"': an opening mark typed twice opens one quote
        ('The foreign minister, Ana Ruiz, spoke on Monday.\n\nAna Ruiz: ""We want the end of this war now".',
         [("We want the end of this war now", "Ana Ruiz")]),
        # a quote that goes on into the next paragraph, whose writer left off the mark that reopens it
        ("The board chairman, Kofi Mensah, said: “For now, the focus is on the artistes.\n\n"
         "That is why we have dropped the award for producer of the year”.",
         [("For now, the focus is on the artistes.\n\nThat is why we have dropped the award for producer of the year",
           "Kofi Mensah")]),
        # a sentence opened by a single mark and closed by a double one
        ("Foreign Minister Adel Ruiz spoke. Ruiz said the deal must be reviewed. 'The deal does not solve all of the "
         "problems\", warned the minister.", [("The deal does not solve all of the problems", "Adel Ruiz")]),
        # "who were ‘absolutely outstanding." (the closing mark left off at the paragraph's end)
        ("Graham said he was proud of the cast, who were ‘absolutely outstanding.", [("absolutely outstanding.", "Graham")]),
        # "warned Saudi Arabia’s top diplomat": a country's possessive, then a role; the top diplomat is the foreign minister
        ("Saudi Foreign Minister Adel Al-Jubeir spoke in Riyadh.\n\n“The deal does not solve all of the problems,” "
         "warned Saudi Arabia’s top diplomat.", [("The deal does not solve all of the problems,", "Adel Al-Jubeir")]),
        ("Britain's Foreign Secretary David Lammy spoke.\n\n“It is over,” said Britain’s foreign secretary.",
         [("It is over,", "David Lammy")]),
        # "said the policeman": the officer the story is quoting
        ("Sergeant Courtney Nugent made the statement after a crash.\n\n“They are hazards on the road,” Nugent said.\n\n"
         "“They should never own a licence,” said the policeman.",
         [("They are hazards on the road,", "Courtney Nugent"), ("They should never own a licence,", "Courtney Nugent")]),
        # a time that opens a sentence is no one's name: "On Sunday, the Minister of …, Dr X apologised", then "the minister"
        ("On Sunday, the Minister of Energy and Electricity, Dr Kgosientsho Ramokgopa apologised.\n\n“We suffered a "
         "setback,” the minister added.", [("We suffered a setback,", "Kgosientsho Ramokgopa")]),
        # "“…,” sources said.": unnamed sources speak, as officials do
        ("Defence leaders discussed “deterring the growth of armed groups,” sources said.",
         [("deterring the growth of armed groups,", "sources")]),
        # "Authorities, acting on intelligence reports said": the aside's closing comma left out
        ("Authorities, acting on intelligence reports said “a criminal group” could strike.",
         [("a criminal group", "Authorities")]),
        # "Speaking at Lagos House, Ikeja, Governor Sanwo-Olu expressed …": the place closes the opening phrase
        ("Speaking at Lagos House, Ikeja, Governor Sanwo-Olu expressed concern, describing the acts as “suicide missions.”",
         [("suicide missions.", "Sanwo-Olu")]),
        # a title alone, capitalised at the head of a sentence, is the holder the story named
        ("Ombudsman Martha Chizuma met the president.\n\nOmbudsman assured him of their “continued loyalty”.",
         [("continued loyalty", "Martha Chizuma")]),
        # "“…,” the RTÉ Board Chair Siún Ní Raghallaigh will tell the committee": the modal is no part of her name
        ("“His earnings were correct,” the RTÉ Board Chair Siún Ní Raghallaigh will tell the committee.",
         [("His earnings were correct,", "Siún Ní Raghallaigh")]),
        # an acronym speaks as the name the story spells it out as, in brackets or in full elsewhere
        ("The Public Accounts Committee met on Monday.\n\n“We recommend it,” stated PAC.\n\n“We want pay,” the Irish "
         "Nurses and Midwives Organisation (INMO) said. “Now,” INMO said.",
         [("We recommend it,", "Public Accounts Committee"), ("We want pay,", "the Irish Nurses and Midwives Organisation"),
          ("Now,", "Irish Nurses and Midwives Organisation")]),
        # an office with "and" in its portfolio, a surname with two particles, where he spoke before the verb: his "he"
        ("“We have no power,” resident Mary Karla told reporters.\n\nCuban Minister of Energy and Mines Vicente de la O "
         "Levy at a news conference said that he hopes the grid is restored, but he said the storm would bring “an "
         "additional inconvenience”.", [("We have no power,", "Mary Karla"), ("an additional inconvenience", "Vicente de la O Levy")]),
        # "said spokesperson Action Society Juanita du Preez": a society is a body, and the name after it hers
        ("Advocacy group Action Society was disappointed.\n\n“We are disappointed,” said spokesperson Action Society "
         "Juanita du Preez.", [("We are disappointed,", "Juanita du Preez")]),
        # "On a visit to Washington Peters told": no comma after the place, then the surname of someone named in full
        ("Foreign Minister Winston Peters arrived.\n\nOn a visit to Washington Peters told RNZ the position was clear:\n\n"
         "“We want the end of this war now.”", [("We want the end of this war now.", "Winston Peters")]),
        # "But Lamola, who …, said": the conjunction is no part of the name
        ("Justice Minister Ronald Lamola spoke.\n\nBut Lamola, who is leading the delegation, said this was what they had "
         "done.\n\n“We have made the case.”", [("We have made the case.", "Ronald Lamola")]),
        # "Lawyer Ulgen said": what he is, then the surname of the lawyer named before
        ("Their lawyer Celal Ulgen said the paper would appeal.\n\nLawyer Ulgen said a higher court would decide.\n\n"
         "“There is no judicial control,” he said.", [("There is no judicial control,", "Celal Ulgen")]),
        # "was quoted by the paper as telling the court": the paper is the source, not who spoke
        ("“This is an empty case,” Colasan was quoted by the paper as telling the court.",
         [("This is an empty case,", "Colasan")]),
        # "the 45-year-old clerk": the one the last sentence opened with, under the name it gave her
        ("Retired technician Johari Sa'at told reporters he had seen smoke.\n\nAnother resident, who wanted to be known "
         "only as Ms Xie, told a newspaper that five people lived there.\n\nThe 45-year-old clerk said: “I had been "
         "worried.”", [("I had been worried.", "Xie")]),
        # a body, a role of three lower-case words, then the name: "… public relations officer Amit Malviya said"
        ("North Central Railway public relations officer Amit Malviya said: “Information is awaited.”",
         [("Information is awaited.", "Amit Malviya")]),
        # "sobbed the girl’s father Ram Kishore": how it was said, right after the quote, attributes it
        ("“I am a poor man,” sobbed the girl’s father Ram Kishore of Bageshwar district.",
         [("I am a poor man,", "Ram Kishore")]),
        # a list of places is no "The mayor, James Roe, thanked": no one speaks the paragraph after it
        ("The centres were opened in Patna, Bhopal, Raipur, Jodhpur and Rishikesh in 2012.\n\n“I am a poor man.”",
         [("I am a poor man.", None)]),
        # "said the New York Red Bulls’ Dwayne De Rosario": a team's possessive, then the player
        ("Coach Stephen Hart was pleased.\n\n“It was a tough situation to play in,” said the New York Red Bulls’ Dwayne "
         "De Rosario, whose penalty was the difference.", [("It was a tough situation to play in,", "Dwayne De Rosario")]),
        # "the coach": of two people named once, the one at the head of a sentence
        ("Ireland are already without centre Jared Payne.\n\nJoe Schmidt had believed there was no big deal.\n\nWithin "
         "the hour, the coach said that his centre was 'absolutely fine'.", [("absolutely fine", "Joe Schmidt")]),
        # "they" after a group at the head of a sentence, however it goes on
        ("Teachers across England took part in the rally on Wednesday.\n\nThey chanted “you make us strike”, and booed.",
         [("you make us strike", "Teachers")]),
        # "the statement said": the body the story said issued it, released it or said it
        ("The Musicians Union of Ghana (MUSIGA) on Tuesday issued a statement to clear the air. “The awards are not "
         "missing,” the statement said.", [("The awards are not missing,", "The Musicians Union of Ghana")]),
        ("The alert followed a warning from the US Embassy in Colombo, which said it had credible information. “Avoid the "
         "area,” the statement said.", [("Avoid the area,", "the US Embassy in Colombo")]),
        # "Nana" is a Ghanaian chief's title, no woman's name; a name inside a clause of a "he" sentence is no subject
        ("The Paramount Chief of Essikado Traditional Area, Nana Kobina Nketsia V, has expressed worry over parliament.\n\n"
         "He made the remarks when the Speaker, Alban Bagbin, called on him.\n\nHe recalled MPs laughing when John Jinapor, "
         "an MP, was speaking.\n\n“And to my surprise, his colleagues were laughing,” he said.",
         [("And to my surprise, his colleagues were laughing,", "Nana Kobina Nketsia V")]),
        # "the 52 year old ex-national": the one the story just brought in by his role; a traditional area is no one
        ("Former national player Brian Williams will coach the side.\n\n“It’s a young squad”, said the 52 year old "
         "ex-national.", [("It’s a young squad", "Brian Williams")]),
        ("The Paramount Chief of the Essikado Traditional Area, Nana Kobina Nketsia V, has criticised MPs.\n\n“They were "
         "laughing,” he said.", [("They were laughing,", "Nana Kobina Nketsia V")]),
        # East African name particles: "ole", "arap", "wa" belong to the name
        ("A man named John Lenku Mukoro was trampled.\n\nGovernor Joseph ole Lenku urged KWS to act.\n\n“We will close the "
         "corridors,” said Lenku.", [("We will close the corridors,", "Joseph ole Lenku")]),
        # one name, then who they are; an age before a name; (the headline's person: see below)
        ("Labkura, a Malay-Indian, who is aged 104, has lived in Malaysia since her childhood.\n\n\"I want to be active,\" "
         "she said.", [("I want to be active,", "Labkura")]),
        ("When her husband died, life changed for 80-year-old Terisanta Okii.\n\nIt is the only meal they eat. “I have one "
         "torn blanket,” she says.", [("I have one torn blanket,", "Terisanta Okii")]),
        # "was admitted to hospital" is no one admitting anything: the sentence's subject speaks on
        ("“I was diagnosed at a local hospital,” said Noor.\n\nMeanwhile, Mohammad Motaleb, 40, was admitted to DMCH on "
         "June 20. “I was initially treated at Victoria Hospital.”",
         [("I was diagnosed at a local hospital,", "Noor"), ("I was initially treated at Victoria Hospital.", "Mohammad Motaleb")]),
        # a full stop typed where the comma goes, then a sentence that only says whose words they were
        ("Minister Ann Banda spoke first.\n\n“We will not forget the other challenges.” Chishitu told reporters on Monday.",
         [("We will not forget the other challenges.", "Chishitu")]),
        ("Minister Ann Banda spoke first.\n\n“We will not forget the other challenges.” He said the team would win.",
         [("We will not forget the other challenges.", "Ann Banda")]),
        # "the agency", "the party", "the MoD": the body the story has just named so
        ("A ship was attacked.\n\nThe UK Maritime Trade Operations agency said the vessel was damaged.\n\nThe agency said "
         "the crew were “safe”.", [("safe", "UK Maritime Trade Operations agency")]),
        ("Power cuts hit the city.\n\nThe Democratic Alliance (DA) has called for a state of disaster.\n\nThe party also "
         "announced that it had taken the “unprecedented” step.", [("unprecedented", "Democratic Alliance")]),
        ("The navy shot down drones.\n\nThe Ministry of Defence said the attack was repelled.\n\nThe MoD said the crew "
         "acted in an “exemplary manner”.", [("exemplary manner", "Ministry of Defence")]),
        # an office that opens the sentence with "of the" or "and" inside it; "head" as a title before one name
        ("Defence Minister Gerry Brownlee said troops would go.\n\nThe chief of the Defence Force Lieutenant General Tim "
         "Keating said the mission was within the military's capabilities.\n\n\"I expect it in May,\" he said.",
         [("I expect it in May,", "Tim Keating")]),
        ("Resident Muhammad Zain said the outages were long.\n\nDirector Communications and Spokesperson Imran Rana clarified "
         "that the heatwave was driving demand.\n\n“We may have to shed load,” he said.", [("We may have to shed load,", "Imran Rana")]),
        ("Transtoto Handadhari said fires were spreading.\n\nHowever, forestry office deputy head Sudirno admitted that "
         "efforts had fallen short.\n\n\"It is very difficult,\" he said.", [("It is very difficult,", "Sudirno")]),
        # someone brought in with their age or a "who" clause is the next "he"; a name owned by "his" is a thing
        ("Fire chief Darren Cole said crews were stretched. “We need rain,” he said.\n\nAmong them is Peter Walsh, 68, who "
         "evacuated two nights ago.\n\n“We could see the fire clearly,” he told AFP.",
         [("We need rain,", "Darren Cole"), ("We could see the fire clearly,", "Peter Walsh")]),
        ("Councillor Duncan Cumming said the route was a lifeline.\n\nThe Herald reported that local MSP Ross Greer, who uses "
         "the bus himself has asked for a meeting.\n\nHe said: “Buses should be run for the public.”",
         [("Buses should be run for the public.", "Ross Greer")]),
        ("Fans remembered the singer Elton Brooks.\n\nOmar Haddad, an engineer in Dubai, still recalled dancing to his "
         "favourite Brooks song when the star played there.\n\n“That concert was memorable,” he says.",
         [("That concert was memorable,", "Omar Haddad")]),
        ("Vendor Shalvin Sami sells fruit here. “We pay no fees,” he said.\n\nLesio Tabaiwalu and his wife Qalo run a stall "
         "across the road.\n\nUnlike Mr Sami, the couple pays rent.\n\n“We did it by the books,” he said.",
         [("We pay no fees,", "Shalvin Sami"), ("We did it by the books,", "Lesio Tabaiwalu")]),
        # the commas inside a body's name; a clause glued on with a dash
        ("The premier called it a strike, while the Rail, Tram and Bus Union was quick to fire back and say “we are not on "
         "strike”.", [("we are not on strike", "the Rail, Tram and Bus Union")]),
        ('However, the #StopEACOP coalition—which said the protesters were "unjustly" arrested—argued that it was peaceful.',
         [("unjustly", "the #StopEACOP coalition")]),
        # two who agreed, one who said it
        ("Foreign Minister Marcelo Ebrard met Jake Sullivan on Monday.\n\nHe said he and Sullivan agreed to work on “a "
         "regional answer” in the areas migrants come from.", [("a regional answer", "Marcelo Ebrard")]),
        # of two regional ministers, the one whose title says which region; "Mrs." does not end the name
        ("This was made known when the Central Regional Minister, Mrs. Justina Marigold Assan; the Western Regional Minister, "
         "Kwabena Okyere Darko-Mensah; and others visited.\n\nThe Central Regional Minister said \"we should be ashamed\".",
         [("we should be ashamed", "Justina Marigold Assan")]),
        # a "he" inside a "who" clause is the one the clause is about; no one's name takes "the"
        ("President Donald Trump spoke on Monday.\n\nOrganizer Sebastian Alvarez said the group would split.\n\nTheir plan "
         "triggered a backlash from Trump, who ordered the National Guard deployed to the border and threatened to ax what "
         "he called a “cash cow,” the trade deal.", [("cash cow,", "Donald Trump")]),
        ("No concrete figures were given in the letter, which went on to say that results “must improve”.",
         [("must improve", None)]),
        # a name, then what they are with no closing comma, then the verb
        ("Residents queued for water.\n\nSyed Altaf, an office-goer says, \"It is a huge challenge for us.\"",
         [("It is a huge challenge for us.", "Syed Altaf")]),
        # a spokesman is the spokesperson the story named, but not someone else's
        ("“It is done,” said Presidential Spokesperson Harry Roque on Tuesday.\n\n“We thank the network,” continued the "
         "Duterte spokesman.", [("It is done,", "Harry Roque"), ("We thank the network,", "Harry Roque")]),
        ("The group’s military spokesperson Yahya Sarea said the crew was safe.\n\nBritish Prime Minister Rishi Sunak’s "
         "spokesman said: “We condemn any attacks.”", [("We condemn any attacks.", "British Prime Minister Rishi Sunak's spokesman")]),
        # a participle after "X said" is X's, with or without the comma
        ("Authorities were urging people to go to the shelters, Nasima Begum said adding, “What would we do going there?”",
         [("What would we do going there?", "Nasima Begum")]),
        ("Kelly Bayer Rosmarin spoke to the Senate.\n\nUnable to pinpoint the cause, Optus had to reset its system, she said, "
         "describing it as “a brute force resuscitation”.", [("a brute force resuscitation", "Kelly Bayer Rosmarin")]),
        # a cleric's title marks the person, and "according to him" is he
        ("The Primate, Rev Nicholas Okoh, addressed the bishops.\n\nHe advised them not to relocate as, according to him, "
         "“we are all one”.", [("we are all one", "Nicholas Okoh")]),
        # a title's full stop after "the" does not end the speaker
        ("“I am dismayed,” said the Rev. Lawrence Andrew, editor of the Herald.", [("I am dismayed,", "Lawrence Andrew")]),
        # four lower-case words of a role before the name
        ("“It is very important,” said exiled former cabinet minister Saviour Kasukuwere.",
         [("It is very important,", "Saviour Kasukuwere")]),
        # the name someone gives for themselves
        ("“We only heard a noise,” a survivor identifying herself as Mariana told the newspaper El Universal.",
         [("We only heard a noise,", "Mariana")]),
        # a word that opens a sentence is no one's name unless the story names someone so
        ("Footage from security cameras showed the overpass collapsing.\n\n“We were sent flying and hit the ceiling.”",
         [("We were sent flying and hit the ceiling.", None)]),
        # a surname that is also an outlet's name, of someone the story names
        ('Resident Brittney Fox expressed concern about the warehouse.\n\n"I work too hard for my money," Fox said. "It is '
         'absolutely ridiculous."', [("I work too hard for my money,", "Brittney Fox"), ("It is absolutely ridiculous.", "Brittney Fox")]),
        # "Vendors like Shalvin Sami": one of the people a plural names, given by name
        ("Minister for Local Government Premila Kumar said a new site was found.\n\nVendors like Shalvin Sami have been "
         "there for as long as seven years.\n\n“We don’t pay any fees,” he said.", [("We don’t pay any fees,", "Shalvin Sami")]),
        # a country's initials with their full stops before a title
        ('"It is hard," said U.S. Secretary of State Antony Blinken.\n\n"Creating cinema is always different," said U.S. '
         'director Ana Lily Amirpour.', [("It is hard,", "Antony Blinken"), ("Creating cinema is always different,", "Ana Lily Amirpour")]),
        # a group that said it, then a participle
        ("The talks failed, U.S. officials said, calling them “a waste”.", [("a waste", "U.S. officials")]),
        # an award's category is no one; a business's name is no "he"
        ("Actor Chen Hanwei won Best Actor at the Star Awards, beating Spaceship Management's client.\n\nIn his acceptance "
         "speech, he said: \"I really want the younger generation to win.\"",
         [("I really want the younger generation to win.", "Chen Hanwei")]),
        # a dateline with the day and the date is no speaker
        ("KINGSTON, Jamaica, Tuesday October 4, 2016 – Blame the singer for her “lack of knowledge about certain issues”.",
         [("lack of knowledge about certain issues", None)]),
        # a heading's "Pancreatic cancer:" names no one
        ("The court heard the case.\n\nPancreatic cancer: ‘I just can’t explain what it felt like’\n\nThe judge adjourned.",
         [("I just can’t explain what it felt like", None)]),
        # two places joined by a slash are one word of an office
        ("Chairman of the Tunapuna/Piarco Regional Corporation Kwesi Robinson told Newsday there was flooding.\n\n"
         "\"We expect more landslides,\" he said.\n\nCouncillor for Toco/Fishing Pond Terry Rondon told Newsday he was "
         "relieved.\n\n\"The place is clear,\" he said.",
         [("We expect more landslides,", "Kwesi Robinson"), ("The place is clear,", "Terry Rondon")]),
        # a clause's "he" before a colon hands over to the quote
        ("NZ First leader Winston Peters was the first to speak.\n\nAs he got into a verbal sparring: \"Don't argue "
         "about it.\"", [("Don't argue about it.", "Winston Peters")]),
        # "to declare:", "to shout,": whoever is left or goes to say it
        ("The Government made concessions to the Greens, leaving leader Adam Bandt to declare: “Greens pressure "
         "works”.\n\nSenator Lidia Thorpe walked out. She then made her way up to the gallery, which is above the seat, to "
         "shout, “Free Palestine” before leaving.", [("Greens pressure works", "Adam Bandt"), ("Free Palestine", "Lidia Thorpe")]),
        # (but "cannot declare a strike" is no speech)
        ("Ajaero stated that the NLC cannot declare a strike because “the figures are with the President.”",
         [("the figures are with the President.", "Ajaero")]),
        # "he" after a quote given to someone whose first name a list calls a woman's; "the minister" is no prime minister
        ("Punjab Law Minister Rana Sanaullah said on Thursday that PTI Chairman Imran Khan’s dream would remain a dream."
         "\n\n“Khan changes his stance repeatedly,” said the minister.\n\n“His agenda is point-scoring only,” he added.\n\n"
         "About the questions for Prime Minister Nawaz Sharif, Sanaullah said the opposition should answer them.\n\n"
         "“Opposition wants to play negative politics,” the minister concluded.",
         [("Khan changes his stance repeatedly,", "Rana Sanaullah"), ("His agenda is point-scoring only,", "Rana Sanaullah"),
          ("Opposition wants to play negative politics,", "Rana Sanaullah")]),
        # the subject of a clause inside another's sentence is not whom "he" means next
        ("Accused murderer Roger Rogerson will spend the night behind bars.\n\nRogerson’s lawyer, Paul Kenny, asked the "
         "magistrate for “security to be looked at”.\n\nMr Kenny wouldn’t say whether Rogerson would fight the charges."
         "\n\n“We’ll see when we get the brief of evidence,” he said.",
         [("security to be looked at", "Paul Kenny"), ("We’ll see when we get the brief of evidence,", "Paul Kenny")]),
        # "family" is no adverb
        ('In a statement issued through their lawyer, the family said they "cannot accept an apology".',
         [("cannot accept an apology", "the family")]),
        # the last of a list of names is no participle's subject; "the police" is the force the story named
        ("The Ghana Police Service has arrested two suspects.\n\nThe police gave their names as Abdul Shaibu and Ibrahim "
         "Razak adding that the suspects “are currently being held in custody”.",
         [("are currently being held in custody", "Ghana Police Service")]),
        # "charged" speaks only inverted right after the quote
        ("“There is a disturbing trend here,” charged Dr. Fred Mwale. “We are witnessing the abuse of procedures.”",
         [("There is a disturbing trend here,", "Fred Mwale"), ("We are witnessing the abuse of procedures.", "Fred Mwale")]),
        # a passive with no auxiliary, and the phrase after "by" to its end
        ("Israel said it was a “terrorist incident”, a charge dismissed as “baseless” by the Iranian embassy in Nicosia.",
         [("terrorist incident", "Israel"), ("baseless", "Iranian embassy")]),
        # "reported X as saying": X speaks, the reporter is the source
        ("Local media reported Aquino as saying that there was “no indication” the storm would be as strong.",
         [("no indication", "Aquino")]),
        # the "and" that closes a list inside the subject opens no clause
        ("In its filing, the maker of Camel, Winston and Newport brand cigarettes said the award was \"economic "
         "castigation\".", [("economic castigation", "the maker")]),
        # a people before a title is no first name ("Argentine" is one in the name tables)
        ("Argentina's Economy Minister Luis Caputo spoke in Washington.\n\n“We did it,” the Argentine Minister stressed.",
         [("We did it,", "Luis Caputo")]),
        # the verb, what they are, a comma, then the name
        ('"We suffered some damage," said Canterbury community activist, Jermaine Samuels. "We have no choice."',
         [("We suffered some damage,", "Jermaine Samuels"), ("We have no choice.", "Jermaine Samuels")]),
        # a one-word name after an office in lower case
        ('"About 200 people are buried," local chief of police operations Budi said.',
         [("About 200 people are buried,", "Budi")]),
        # a police rank's initials before the name; a quote's own "reports" credit no outlet
        ('Landhi-Korangi SP Shah Nawaz Chachar urged restraint.\n\n"Premature reports will hamper the case," he said.',
         [("Premature reports will hamper the case,", "Shah Nawaz Chachar")]),
        # "the father": the man just brought in, not the president the story is about
        ("President Muhammadu Buhari called for rescue efforts to be stepped up. Buhari said the site would be "
         "investigated.\n\nAcross the street, Moses Oladipo, 65, was waiting for news of his son.\n\n'He came here to "
         "visit his friend,' said the father.", [("He came here to visit his friend,", "Moses Oladipo")]),
        # the outlet between an inverted verb and its speaker; features' "underlines", "emphasizes"
        ("“A huge drought,” summarizes for AFP the engineer Jaime Mestre.\n\n“The lowest snowfall ever,” underlines "
         "Matthias Huss.", [("A huge drought,", "Jaime Mestre"), ("The lowest snowfall ever,", "Matthias Huss")]),
        # a long role phrase before the verb
        ("“It was a big win,” US captain and player of the match Monank Patel said.", [("It was a big win,", "Monank Patel")]),
        # "the 27-year-old striker": the writer's new words for the one the sentence before was about, not the coach
        # the story names most (nor someone a clause names in passing)
        ("Coach Justin Madugu praised his side. Madugu said the team fought. Madugu thanked the fans.\n\nEsther "
         "Okoronkwo scored a penalty. She was named Woman of the Match.\n\n“I am very happy,” said the 27-year-old "
         "striker.", [("I am very happy,", "Esther Okoronkwo")]),
        ("President Cyril Ramaphosa won a second term. He was re-elected by lawmakers.\n\nIt is the biggest shift since "
         "Nelson Mandela led the ANC to victory.\n\n“It is a privilege,” the 71-year-old leader said.",
         [("It is a privilege,", "Cyril Ramaphosa")]),
        # the name after the role, then a colon and more of the quote
        ("“We dreamed of this,” said the co-owner, David Beckham: “Today that dream came true.”",
         [("We dreamed of this,", "David Beckham"), ("Today that dream came true.", "David Beckham")]),
        # the present tense of features
        ("“The plant is already yellow,” remarks Dario Sabini, who farms west of Buenos Aires.",
         [("The plant is already yellow,", "Dario Sabini")]),
        # what someone heads, as an aside, marks a person; "West Java" is a place, even as a sentence's last capitals
        ("Mansuetus Darto, head of the Oil Palm Farmers’ Union, West Java, said the ban hurt. He said farmers had hoped "
         "for better.\n\n“Prices rose for months.”\n\nValens Andi, head of the Farmers’ Hope Cooperative, West "
         "Kalimantan said it is hard. “Some feel half their livelihood is lost.”",
         [("Prices rose for months.", "Mansuetus Darto"), ("Some feel half their livelihood is lost.", "Valens Andi")]),
        # a vox pop's line of a name and a place is story, not a link to another: the next "he" is that man
        ("Farmers met at the mart.\n\nDavid Creighton, Castlerea, Co Roscommon\n\nForty-year-old David runs 40 cows."
         "\n\n“We need leadership,” he says.\n\nThe meeting ended late.", [("We need leadership,", "David Creighton")]),
        # a people before a name is no part of it
        ("“We weren’t viewed as humans,” says South African Sybil Msezane, who came here in 2022.\n\n“We won,” said "
         "New Zealander Lydia Ko.", [("We weren’t viewed as humans,", "Sybil Msezane"), ("We won,", "Lydia Ko")]),
        # a dateline before a colon is no speaker; "This is what X has to say" in the next paragraph names them
        ("KARACHI: “Once I supported the prime minister.”\n\nThis is what rickshaw driver Saleem Qadri has to say "
         "about the price of petrol.", [("Once I supported the prime minister.", "Saleem Qadri")]),
        # a name, an office in capitals and the body it is held in, then the verb
        ("Hussein Olanrewaju, National Chief Aggregating Officer, Association of Mobile Money and Bank Agents in "
         "Nigeria (AMMBAN), said: “Most of our members have shut down.”", [("Most of our members have shut down.", "Hussein Olanrewaju")]),
        # a role at a place, the place's district, then the name
        ("A tailor at Idi-Araba, Mushin, Surajudeen Hazmat, said: “It is like war.”", [("It is like war.", "Surajudeen Hazmat")]),
        # "For Jesus Arias, 45, …": a name after "For" is a name, not an office's portfolio
        ("For Jesus Arias, 45, the trip was worth it.\n\n“It is very hard,” he told AFP.", [("It is very hard,", "Jesus Arias")]),
        # a quote no verb credits, after narrative that names no one else, goes on from the last speaker
        ("“We did not bat well,” said Rohit Sharma.\n\nThere is plenty of time for India to regroup before the next "
         "Test. “We'll regroup and come back.”",
         [("We did not bat well,", "Rohit Sharma"), ("We'll regroup and come back.", "Rohit Sharma")]),
        # "the Director of Public Prosecutions" is an office, not a person called "Public Prosecutions"; a director
        ("The Director of Public Prosecutions welcomed the verdict.\n\n“Justice has been served,” the DPP said.\n\n"
         "“We will not appeal,” said the Director of Public Prosecutions.",
         [("Justice has been served,", "the Director of Public Prosecutions"),
          ("We will not appeal,", "the Director of Public Prosecutions")]),
        ("Minister of Foreign Affairs Naledi Pandor met the envoy.\n\n“We are pleased,” the Minister of Foreign Affairs "
         "said.", [("We are pleased,", "Naledi Pandor")]),
        ("Chief Executive Officer Mark Brown of Arden Mining spoke first.\n\n“Costs are rising,” said the Chief Executive "
         "Officer of Arden Mining.", [("Costs are rising,", "Mark Brown")]),
        # someone the quote names in full is not the "he" who says it
        ("Jorge Quiroga lost the runoff.\n\nRodrigo Paz thanked his voters.\n\n“I’ve called Rodrigo Paz and wished him "
         "congratulations,” he said.",
         [("I’ve called Rodrigo Paz and wished him congratulations,", "Jorge Quiroga")]),
        # 'Jorge “Tuto” Quiroga': a nickname between the names; "Quiroga" alone later is him
        ("Paz beat former President Jorge “Tuto” Quiroga.\n\nQuiroga conceded on Sunday night.\n\n“We need a mature "
         "attitude,” he said.", [("We need a mature attitude,", "Jorge Quiroga")]),
        # "what Chakwera described as": the name right before the verb, not the one the "who" clause is about
        ("President Lazarus Chakwera conceded, congratulating his rival Arthur Peter Mutharika, who has secured what "
         "Chakwera described as “a resounding victory.”", [("a resounding victory.", "Lazarus Chakwera")]),
        # a body's initials in brackets inside the name after an inverted verb
        ("“A salute to the people of Guatemala,” said Organization of American States (OAS) chief Luis Almagro on X.",
         [("A salute to the people of Guatemala,", "Luis Almagro")]),
        # "One of Senegal’s main opposition presidential candidates, Anta Babacar Ngom, conceded …, writing": the name
        ("Senegal voted on Sunday.\n\nOne of Senegal’s main opposition presidential candidates, Anta Babacar Ngom, conceded "
         "defeat, writing on X: “I wish Mr. Faye every success.”", [("I wish Mr. Faye every success.", "Anta Babacar Ngom")]),
        # an opening phrase, then the subject, then an aside: the subject speaks
        ("Sandra Torres came second.\n\nIn a press conference Sunday afternoon, the candidate, an ally to outgoing President "
         "Alejandro Giammattei, said she was “worried” about the vote.", [("worried", "Sandra Torres")]),
        # "read a statement released by …": the body that issued it
        ("Observers criticised the count.\n\n“INEC lacked planning,” read a statement released by the EU observer mission.",
         [("INEC lacked planning,", "the EU observer mission")]),
        # "Adenike Mutiat Abubakar, one of Tinubu’s supporters": a person, so "said Abubakar" is her, not Atiku Abubakar
        ("Atiku Abubakar of the PDP won 7 million votes.\n\nAdenike Mutiat Abubakar, one of Tinubu’s supporters expressed "
         "excitement.\n\n“He had done it before,” said Abubakar.", [("He had done it before,", "Adenike Mutiat Abubakar")]),
        # "Sue Wathen, who … records “disappeared”, said the scandal was “…”": what follows "said" is a clause, not its subject
        ("Victims spoke out.\n\nSue Wathen, who was infected after her blood records “disappeared”, said the scandal was "
         "“an abuse by people who were there to care for us”.", [("disappeared", "Sue Wathen"),
                                                               ("an abuse by people who were there to care for us", "Sue Wathen")]),
        # a quote that ends in a comma goes on in its sentence, whose own verb beats the quote before it ("Gov." ends nothing)
        ("The CDC confirmed the death.\n\n“The loss of a child is a tragedy,” and Gov. Greg Abbott and his wife are praying "
         "for “the family,” Abbott spokesman Andrew Mahaleris said.",
         [("The loss of a child is a tragedy,", "Andrew Mahaleris"), ("the family,", "Andrew Mahaleris")]),
        # a named person whose title holds a body's name hands over after a colon
        ("Units are closing.\n\nAssociation des Médecins Urgentistes de France spokesman Christophe Prudhomme highlighted "
         "Bordeaux: “The biggest hospital’s A&E unit is closed at night.”",
         [("The biggest hospital’s A&E unit is closed at night.", "Christophe Prudhomme")]),
        # a body with two names joined by a dash, then the title and the name
        ("The patient died.\n\nTe Whatu Ora - Health New Zealand chief executive Margie Apa told Newshub she “fully "
         "acknowledges the grief”.", [("fully acknowledges the grief", "Margie Apa")]),
        # a long role between commas after the quote, its body's initials in brackets, then the name
        ("“Right now, we are all desirable,” the General Secretary of the Ghana National Association of Teachers (GNAT), "
         "Angel Carbonou told the media.", [("Right now, we are all desirable,", "Angel Carbonou")]),
        # "Cllr Lee Marsham (Lab: Nechells): “…”": the party and ward in brackets before the colon
        ("The council met.\n\nCllr Lee Marsham (Lab: Nechells): “We understand how you feel.”",
         [("We understand how you feel.", "Lee Marsham")]),
        # "her" in "Eamon Dennehy, who took aim at her department’s policies" is Ms Foley's: the first name says he
        ("Norma Foley spoke to the teachers.\n\nMs Foley had listened to an address by ASTI president Eamon Dennehy, who "
         "took aim at her department’s policies.\n\n“There can be no change without negotiation,” he warned.",
         [("There can be no change without negotiation,", "Eamon Dennehy")]),
        ("Premier François Legault spoke on Monday.\n\nThe Premier clarified that he had no plans for special legislation, "
         "preferring to implore teachers to “think of the children”.", [("think of the children", "François Legault")]),
        # "Today the prime minister admitted …": a role opens its sentence after a time, and "he" is its holder
        ("Prime Minister Bill English spoke.\n\nTodd Barclay resigned on Friday.\n\nToday the prime minister admitted he had "
         "been wrong.\n\n“It was imprecise,” he said.", [("It was imprecise,", "Bill English")]),
        # a live blog's sub-heads, each quote credited after a dash
        ("The council met.\n\n‘City of a thousand cuts’ - Cllr Lee Marsham\n\n‘It’s embarrassing’ - Cllr Ayoub Khan",
         [("City of a thousand cuts", "Lee Marsham"), ("It’s embarrassing", "Ayoub Khan")]),
        # "…, the head of the largest teaching union has said.": a role with "of" closes the sentence
        ("Teachers will strike.\n\nTeachers were angered by the “shoddy” pay offer, the head of the largest teaching union "
         "has said.", [("shoddy", "the head of the largest teaching union")]),
        # "At this point Tsenoli … cuts him off: “…”": an opening phrase no comma closed, then the one whose sentence
        # hands over to the quote
        ("Julius Malema rose to speak.\n\nAt this point Tsenoli once again cuts him off: “Honorable Malema, you read the rules.”",
         [("Honorable Malema, you read the rules.", "Tsenoli")]),
        # "Deputy Prime Minister and Finance Minister Chrystia Freeland": two offices joined by "and", both hers
        ("With Deputy Prime Minister and Finance Minister Chrystia Freeland resigning, MPs reacted.\n\n“She is a good "
         "friend,” Minister Anita Anand told reporters.\n\nThe deputy prime minister added that she had been “at odds” "
         "with Trudeau.", [("She is a good friend,", "Anita Anand"), ("at odds", "Chrystia Freeland")]),
        # "shadow transport secretary Andy McDonald" holds another office than "the transport secretary"
        ("Chris Grayling, the transport secretary, visited Qatar.\n\nShadow transport secretary Andy McDonald attacked "
         "him.\n\nThe transport secretary said that he understood the “frustration” of passengers.",
         [("frustration", "Chris Grayling")]),
        # "Leader of the Opposition Bajwa": "the" and one word make the office; the surname follows
        ("Partap Singh Bajwa spoke first.\n\nLeader of the Opposition Bajwa responded, “Is this how the House is run?”",
         [("Is this how the House is run?", "Partap Singh Bajwa")]),
        # "Minister of Sport, Arts and Culture Zizi Kodwa": the commas list the office's portfolios
        ("Tyla won a Grammy.\n\nMinister of Sport, Arts and Culture Zizi Kodwa reflected on the win, labelling it "
         "“inspiring”.", [("inspiring", "Zizi Kodwa")]),
        # "Sandeep Bhattacharya, Assistant Director, Birla Planetorium said": the name, the title, then the body it is at
        ("India landed on the moon.\n\nThrilled at the feat, Sandeep Bhattacharya, Assistant Director, Birla Planetorium "
         "said in Jaipur, “This is excellent.”", [("This is excellent.", "Sandeep Bhattacharya")]),
        # "a lawyer for Smith", "an aide to Prime Minister Najib Razak": someone unnamed speaks for them, not they
        ("Police arrested John Smith on Monday.\n\nA lawyer for Smith said the arrest was “unlawful”.",
         [("unlawful", "A lawyer for Smith")]),
        ("“It is dead,” an aide to Prime Minister Najib Razak said.", [("It is dead,", "an aide to Prime Minister Najib Razak")]),
        # "… that were “…” and do “…,” said Fayulu.": one verb credits every quote of its sentence, the first one too
        ("Martin Fayulu came second.\n\nThe results were an “electoral hold up” that were “rigged” and do “not reflect "
         "the ballots,” said Fayulu.", [("electoral hold up", "Martin Fayulu"), ("rigged", "Martin Fayulu"),
                                        ("not reflect the ballots,", "Martin Fayulu")]),
        # "…, said Workers’ Party chief Pritam Singh.": the verb first at the sentence's end, then who
        ("The Workers’ Party won ten seats.\n\nThe results of the 2025 General Election showed that the “challenges are "
         "real” for opposition parties to make inroads in Singapore’s political system, said Workers’ Party chief Pritam "
         "Singh.", [("challenges are real", "Pritam Singh")]),
        # "Turetta’s lawyer, Giovanni Caruso, said …, saying": a name's possessive marks a role, then its holder
        ("Prosecutor Andrea Petroni sought a life term for Filippo Turetta.\n\nTuretta’s lawyer, Giovanni Caruso, said the "
         "sentence was excessive, saying his client “was not Pablo Escobar,” the trafficker.",
         [("was not Pablo Escobar,", "Giovanni Caruso")]),
        # the body a role is for may hold "for" and its initials in brackets before the name between commas
        ("“This emergency is in its early stages”, explained a spokesperson for the United Nations High Commissioner for "
         "Refugees ( UNHCR), Olga Sarrado, during the briefing.", [("This emergency is in its early stages", "Olga Sarrado")]),
        # a full name inside a quote still tells who the story's own "Trump" is; "According to Trump," makes him the
        # one a "he" in that sentence means
        ("Sheinbaum and Trump talk\n\n\"I had an excellent conversation with President Donald Trump,\" the leftist leader "
         "posted.\n\nSheinbaum had sought a call with Trump.\n\nAccording to Trump, the measure will stay until what he "
         "called the \"invasion\" of drugs is stopped.", [("I had an excellent conversation with President Donald Trump,",
                                                            "the leftist leader"), ("invasion", "Trump")]),
        # "Journalists asked Peskov how …": the one a group asks answers ("he replied")
        ("Kremlin spokesperson Dmitry Peskov spoke on Thursday.\n\nAccording to Interior Minister Ihor Klymenko, nine "
         "people were killed.\n\nJournalists asked Peskov how such strikes might affect the talks.\n\n“The Ukrainian side "
         "continues its propaganda,” he replied.", [("The Ukrainian side continues its propaganda,", "Dmitry Peskov")]),
        # ", Jens Laerke, UN humanitarian agency spokesman told": an unclosed aside that ends in what the speaker is
        ("As an \"immediate security measure, convoys have been suspended\", Jens Laerke, UN humanitarian agency spokesman "
         "told reporters in Geneva.", [("immediate security measure, convoys have been suspended", "Jens Laerke")]),
        # "expressed concern that …" reports someone's words
        ("Dangote Group chief executive Aliko Dangote cut prices.\n\nThe group CEO expressed concern that some filling "
         "stations were ‘deliberately’ keeping prices high.", [("deliberately", "Aliko Dangote")]),
        # "the right views expressed by the opposition": a participle after its noun is no verb the noun speaks with
        # (with "expressed" a cue, this sentence's first cue is no longer the leader's "said")
        ("Asked about it, Kemal Kılıçdaroğlu said: “A campaign will be launched.”\n\nErdoğan is planning to attack the CHP "
         "because he cannot digest the right views expressed by the opposition, the CHP leader said.  “But he will not "
         "succeed.”",
         [("A campaign will be launched.", "Kemal Kılıçdaroğlu"), ("But he will not succeed.", "Kemal Kılıçdaroğlu")]),
        # "“…” in the United States, said the Secretary of Economy, Marcelo Ebrard": a phrase, then the verb
        ("\"Around 400,000 jobs would be lost\" in the United States, said the Secretary of Economy, Marcelo Ebrard, in a "
         "press conference.", [("Around 400,000 jobs would be lost", "Marcelo Ebrard")]),
        # a long role and a name before the closing verb
        ("The crocodile was an “amazing find”, Queensland Museum's senior curator of Ancient Environments Dr Scott "
         "Hocknull said.", [("amazing find", "Scott Hocknull")]),
        # "Rute said": a four-letter slip for the surname of someone named in full
        ("NATO Secretary General Mark Rutte spoke in The Hague.\n\n\"We have made key progress,\" Rute said.",
         [("We have made key progress,", "Mark Rutte")]),
        # a country is no one whose sentence hands over to a quote after a colon
        ("German Foreign Minister Annalena Baerbock spoke in Paris.\n\nIn the event of an escalation, Russia would have to "
         "reckon with serious consequences: “Russia would pay a high price.”", [("Russia would pay a high price.", None)]),
        # "President Lula (PT) once again criticized …, Roberto Campos Neto": a party in brackets, then the verb; "He" is Lula
        ("247 – President Lula (PT) once again harshly criticized the president of the Central Bank, Roberto Campos "
         "Neto, on Thursday. He claimed that the head of the bank \"doesn't understand anything\" about the country.",
         [("doesn't understand anything", "Lula")]),
        # "repeated that …"; "The Commerce Ministry of the world’s second-largest economy": the ministry, not its description
        ("The Commerce Ministry of the world’s second-largest economy repeated that it sought “dialogue” with the US.",
         [("dialogue", "Commerce Ministry")]),
        # "VW wants to close …": the company at work, so "the group" is VW (not a town the story names further down)
        ("According to the works council, VW wants to close at least 3 of its 10 plants.\n\nThe group announced “concrete "
         "proposals to reduce labor costs” for the talks.\n\nThe Transparent Factory in Dresden has also been facing an "
         "uncertain future.", [("concrete proposals to reduce labor costs", "VW")]),
        # "Members of the Irish Air Line Pilots’ Association (IALPA)": the initials spell the body, not its members
        ("Members of the Irish Air Line Pilots’ Association (IALPA) began a work-to-rule.\n\nIALPA is seeking a pay rise, "
         "which it says is “clearly reasonable”.", [("clearly reasonable", "Irish Air Line Pilots' Association")]),
        # "Ahead of the high court decision Kaine, said": no comma closed the opening phrase, the name before the verb speaks
        ("Union leader Michael Kaine spoke on Monday.\n\nAhead of the high court decision Kaine, said the outsourcing was "
         "part of a “spiteful management style” at the airline.", [("spiteful management style", "Michael Kaine")]),
        # "… said Wang had emphasised …": the verb is Wang's, in what the account says; "The Chinese ministry" is the
        # ministry the story named, whose name says the same country
        ("An account of the meeting released by China’s Foreign Ministry said Wang had emphasised the need for both "
         "sides to be “calm”.\n\nThe Chinese ministry said it opposes “Japan’s irresponsible practices”.",
         [("calm", "Wang"), ("Japan’s irresponsible practices", "China's Foreign Ministry")]),
        # "the Rio de Janeiro politician": a place describing someone, no person of its own ("Rio" is also a first name)
        ("Judge Lucia Glioche sentenced the two men on Thursday.\n\nThe men had killed the Rio de Janeiro politician in "
         "2018.\n\n“Justice is slow,” she said.", [("Justice is slow,", "Lucia Glioche")]),
        # a title, a surname, then the verb: "attorney Caruso shook the father’s hand and told him"
        ("Giovanni Caruso defended Filippo Turetta.\n\nOn Tuesday, attorney Caruso shook the father’s hand and told him, "
         "“I understand.”", [("I understand.", "Giovanni Caruso")]),
        # "Marcedes’ sister Jorden Myran": a woman, whatever a list of first names says; "his brother Jeremy who said he
        # hopes …" is the "he" who speaks next
        ("“I wanted to cry,” Marcedes’ sister Jorden Myran told reporters.\n\nShe was joined by Rebecca’s brother Jeremy "
         "Contois who said he hopes this brings closure.\n\n“She was a loving mother,” he said.",
         [("I wanted to cry,", "Jorden Myran"), ("She was a loving mother,", "Jeremy Contois")]),
        # someone named by one name is looked for again further on: "Lessa, who confessed …, asked", then "He said"
        ("Congressman Chiquinho Brazao has been charged.\n\nLessa, who was sentenced to 78 years, said he pulled the "
         "trigger.\n\nCongressman Chiquinho Brazao and his brother Domingos Brazao have been charged.\n\nAddressing the "
         "court by video link, Lessa, who confessed to the killing, asked for forgiveness.\n\nHe said he was \"blinded\" "
         "by the reward.", [("blinded", "Lessa")]),
        # the commas of a number or a date set off no aside: the body before them speaks
        ("Michelin, which employs almost 19,000 people in France, said the closure had become “unavoidable”.\n\nThe "
         "Commerce Ministry on Tuesday, April 8, 2025, said tariff threats revealed the “blackmailing nature” of the US.",
         [("unavoidable", "Michelin"), ("blackmailing nature", "Commerce Ministry")]),
        # "According to <a long role> Name,": the name at the end of the role
        ("According to PCG spokesperson for the WPS Commodore Jay Tarriela, four vessels carried out “dangerous "
         "maneuvers and obstruction” near the shoal.", [("dangerous maneuvers and obstruction", "Jay Tarriela")]),
        # "According to the judge, Maliban “did not …”": no comma closes the name, so the judge speaks (and "Jr." ends
        # the judge's name where a sentence opens after it)
        ("The family will appeal the ruling by Presiding Judge Pedro Dabu Jr. The Baltazar family was upset.\n\nAccording "
         "to the judge, Maliban “did not commit murder” since he acted.\n\n“There is no doubt,” the judge said.",
         [("did not commit murder", "Pedro Dabu Jr."), ("There is no doubt,", "Pedro Dabu Jr.")]),
        # a pronoun subject hands over to the quote after a colon, whatever noun a cue word makes ("a warning")
        ("Israeli Prime Minister Benjamin Netanyahu spoke on Monday.\n\nHe then issued a warning to the Syrian president: "
         "\"Bashar must understand that he is playing with fire,\" referring to arms transfers.",
         [("Bashar must understand that he is playing with fire,", "Benjamin Netanyahu")]),
        # "…, he asserted.", ", she reiterated." close a sentence with its speaker as ", he said." does
        ("Turkish President Recep Tayyip Erdogan met the leaders.\n\nAnkara's goal is peace \"in this distinguished "
         "corner\" of Africa, he asserted.", [("in this distinguished corner", "Recep Tayyip Erdogan")]),
        # a long title after a body's possessive, then the holder's name
        ("Speaking earlier this week, Aer Lingus’s chief corporate affairs officer Donal Moriarty said the airline is "
         "“perfectly willing to engage”.", [("perfectly willing to engage", "Donal Moriarty")]),
        # "Name, a spokesperson for X said:": the name, though the aside's closing comma was left out
        ("In a statement released after the verdict, Yolande Makolo, a spokesperson for the Rwanda government said: "
         "“This lengthy trial has exposed the FLN.”", [("This lengthy trial has exposed the FLN.", "Yolande Makolo")]),
        # a body whose name ends in a title word ("for Justice") is the body, not a judge
        ("Carine Kanimba told CNN: “It is what the family expected.”\n\nThe Clooney Foundation for Justice has described "
         "the verdict as a “show trial,” citing a lack of fairness.",
         [("It is what the family expected.", "Carine Kanimba"), ("show trial,", "Clooney Foundation for Justice")]),
        # "Addressing Roy, the judge said": a participle opens the sentence; Roy is neither the judge nor named by it
        ("District Judge Anirban Das heard the case of Sanjay Roy.\n\nAddressing Roy, the judge said, “The minimum "
         "punishment is life imprisonment.”", [("The minimum punishment is life imprisonment.", "Anirban Das")]),
        # "the socialist said", "said the politician": the one the story is about, as "the Portuguese" is
        ("Portuguese Prime Minister Antonio Costa resigned on Tuesday.\n\n“I have submitted my resignation,” the socialist "
         "said.\n\n“My conscience is clear,” said the politician.",
         [("I have submitted my resignation,", "Antonio Costa"), ("My conscience is clear,", "Antonio Costa")]),
        # "X blamed the “severe” drought on … and said …": the sentence's subject speaks after "and"
        ("President Hakainde Hichilema declared a disaster.\n\nThe Zambian leader blamed the “severe” drought on El Niño "
         "and said it is hitting food security.", [("severe", "Hakainde Hichilema")]),
        # "what he’s said before": the pronoun with its "has" is the speaker, no owner ("Modi’s claims"); "The
        # hitmaker himself testified": the hitmaker, the one the story is about
        ("Singer Ed Sheeran won the case on Thursday. That squares with what he’s said before, that “there’s only so many "
         "notes.”\n\nThe hitmaker himself testified, saying that “most pop songs fit”.",
         [("there’s only so many notes.", "Ed Sheeran"), ("most pop songs fit", "Ed Sheeran")]),
        # "One of them, Mustafa Avci, used …": the one the partitive names acts, and is the "he" after
        ("“We reached our brother Osman,” team leader Okan Tosun told DHA.\n\nAn hour later, crews reached two men.\n\n"
         "One of them, Mustafa Avci, used a rescuer's phone to call his brother.\n\n“Have they all survived?” he asked.",
         [("We reached our brother Osman,", "Okan Tosun"), ("Have they all survived?", "Mustafa Avci")]),
        # "the Swift family came": a family, not Taylor Swift acting (nor the "he" after it)
        ("Pop star Taylor Swift was at the game.\n\nCoach Andy Reid spoke to reporters. Reid said the Swift family came "
         "to visit.\n\n“It was a great day,” he said.", [("It was a great day,", "Andy Reid")]),
        # the name in what someone reports ("said that Kansas City coach Andy Reid has …") is no later "he"
        ("“Swifties are part of Chiefs kingdom,” Travis Kelce said.\n\nTravis Kelce said that Kansas City coach Andy Reid has "
         "been calling himself a matchmaker.\n\n“He could have been in the background,” he said.",
         [("Swifties are part of Chiefs kingdom,", "Travis Kelce"), ("He could have been in the background,", "Travis Kelce")]),
        # "The release stated" after "On Wednesday the Ministry of National Security stated that …": the ministry's
        ("Chief Secretary Farley Augustine wants answers.\n\nOn Wednesday the Ministry of National Security stated that the "
         "barge was towed by a tug.\n\nThe release stated, “A spill of black, oily deposits was identified.”",
         [("A spill of black, oily deposits was identified.", "Ministry of National Security")]),
        # "Mr Joe Ajaero, the NLC President": "the NLC president" later is him, not President Bola Tinubu
        ("The Nigeria Labour Congress (NLC) urged President Bola Tinubu to act.\n\nMr Joe Ajaero, the NLC President, made "
         "the appeal in a statement.\n\nThe NLC president also said that prices had tripled.\n\n“We are outraged,” the NLC "
         "president said.", [("We are outraged,", "Joe Ajaero")]),
        # "director-general" is a title inside the name's phrase; "… and said he thought it was “…”" is the sentence's
        # subject's, after an earlier quote in the same sentence
        ('Former BBC director-general Greg Dyke compared the row to "like a 5-0" win for Lineker and said he thought it '
         'was "very bad news" for the BBC.', [("like a 5-0", "Greg Dyke"), ("very bad news", "Greg Dyke")]),
        # "She said that X had “…” and said that …": the same verb again is hers
        ("Sinn Fein leader Mary Lou McDonald spoke.\n\nShe said that Mr Martin's Government had “turned its back” on "
         "workers and said that Ireland now has “a Low Pay Commission which will not deal with low pay”.",
         [("turned its back", "Mary Lou McDonald"), ("a Low Pay Commission which will not deal with low pay", "Mary Lou McDonald")]),
        # "Davies" once beside "Davie" three times is no slip when "Tim Davie" is someone else
        ("BBC director-general Tim Davie apologised. Davie said the row was over. Davie spoke again.\n\nBut Tory MP Philip "
         "Davies told the Mail the decision was a “pathetic capitulation”.", [("pathetic capitulation", "Philip Davies")]),
        # "His wife, Dilek Imamoglu, told": the name between commas after a role; "Opposition and Yesh Atid Party leader
        # Yair Lapid": two bodies, one title, one person
        ("Istanbul mayor Ekrem Imamoglu was detained.\n\nHis wife, Dilek Imamoglu, told a TV station that police came "
         "before dawn, calling it an “unlawful procedure”.\n\nOpposition and Yesh Atid Party leader Yair Lapid earlier "
         "denounced the law as a “hostile takeover,” adding, “This is a disaster.”",
         [("unlawful procedure", "Dilek Imamoglu"), ("hostile takeover,", "Yair Lapid"), ("This is a disaster.", "Yair Lapid")]),
        # a first name alone, then "who": someone the story names by first name only ("he" later is him)
        ("Maria Boujdig drove to the village.\n\nOne of them, Mohammed, who asked that his last name not be used, lost "
         "his daughter.\n\n“We decided to take things into our own hands,” he said.",
         [("We decided to take things into our own hands,", "Mohammed")]),
        # "identified only by her first name, Amelie": the name the story gives
        ("“It is a victory,” said one of the two victims, identified only by her first name, Amelie.",
         [("It is a victory,", "Amelie")]),
        # "captioned", "recalls"; what someone posted goes on as theirs ("the caption continued")
        ("Photographer Platon shared the images. “Victoria arrived with Brooklyn,” Platon captioned the post, in part."
         "\n\n“Then, Victoria also appeared,” the caption continued.\n\n“I got the news while I was watching TV,” "
         "Samson Cheruiyot recalls.", [("Victoria arrived with Brooklyn,", "Platon"), ("Then, Victoria also appeared,", "Platon"),
                                       ("I got the news while I was watching TV,", "Samson Cheruiyot")]),
        # a name, an aside the quote sits in, then the verb after it: the name's words
        ("Opposition leader Ali Wahiduzzaman spoke to reporters.\n\nWahiduzzaman, accusing Hasina of having “rigged the "
         "previous two elections”, said the number arrested was even higher.", [("rigged the previous two elections", "Ali Wahiduzzaman")]),
        # "In his words", "In the words of X": whose words they are
        ("Vice-Chancellor Maduebibisi Iwe addressed the students. In his words, the protesters were “claiming they were "
         "not allowed to sit exams.”\n\nIn the words of Ana Ruiz, the plan was “dead on arrival”.",
         [("claiming they were not allowed to sit exams.", "Maduebibisi Iwe"), ("dead on arrival", "Ana Ruiz")]),
        # a role and then its holder's name is a name, not a role standing alone after an earlier name
        ('A few doors away from Mr Culleton, the dry cleaners was back open as owner Liam Brown (48) recalled the "scary" '
         'event.', [("scary", "Liam Brown")]),
        # "his Twitter account said": the words of whoever "he" is
        ("Opposition leader Bobi Wine was arrested again on Monday.\n\nHe was driven to his home, which is “now "
         "surrounded by police,” his Twitter account said.", [("now surrounded by police,", "Bobi Wine")]),
        # a name before "after the game" is no subject ("after" is no verb): "he" is the one who spoke
        ('"We lack experience," explained attacker Jordan Ayew in an interview with journalist Joel Bortey after the '
         'game.\n\n"These mistakes will happen," he added.',
         [("We lack experience,", "Jordan Ayew"), ("These mistakes will happen,", "Jordan Ayew")]),
        # the body a spokesperson speaks for is no "she" later on
        ('Scottish Economy Secretary Kate Forbes said she was "extremely disappointed".\n\nA spokesperson for Pladis said '
         'it was committed to "meaningful consultation".\n\n"I would once again ask Pladis to engage," she said.',
         [("extremely disappointed", "Kate Forbes"), ("meaningful consultation", "Pladis"),
          ("I would once again ask Pladis to engage,", "Kate Forbes")]),
        # a sentence's first word that the story also writes in lower case is a common word, not a speaker's name
        ('Violence flared up in Johannesburg during a march over "real jobs".\n\nPolice said the violence ended by noon.',
         [("real jobs", None)]),
        # offices in other languages of news in English: Malaysia's "Menteri Besar", the Dáil's "Ceann Comhairle"
        ("“It is time to move on,” said Ceann Comhairle Verona Murphy.\n\n“We are ready,” said Selangor Mentri Besar "
         "Amirudin Shari.", [("It is time to move on,", "Verona Murphy"), ("We are ready,", "Amirudin Shari")]),
        # a body's statement speaks for the body: "The ministry’s statement" is the ministry named before, "The Fed’s" the Fed
        ("The Foreign Ministry summoned the envoy.\n\nThe ministry’s statement said the talks were “productive”.",
         [("productive", "Foreign Ministry")]),
        ("The Fed’s statement said that rates could remain low for “a considerable time”.", [("a considerable time", "Fed")]),
        # after a quote, "questioned" speaks as "asked" does
        ('"Are toilets built to be kept locked?," questioned Annamma P K, a patient from Pattom.',
         [("Are toilets built to be kept locked?,", "Annamma P K")]),
        # "with the party’s general secretary, Dr X, urging" ("Late yesterday" opens the sentence, it names no one);
        # a name, then the ward it is for
        ("Late yesterday evening, the PNP condemned the incident with the party’s general secretary, Dr Dayton "
         "Campbell, urging the JLP to “exercise control”.", [("exercise control", "Dayton Campbell")]),
        ("“We can go out and demonstrate,” said Councilor Chanungwa Mphusu for Marang Ward.",
         [("We can go out and demonstrate,", "Chanungwa Mphusu")]),
        # a number inside a body's name, then the title and name of who spoke for it
        ("\"It is not about money,\" said United Steelworkers of America Local 802 president Cliff Moroz.",
         [("It is not about money,", "Cliff Moroz")]),
        # "Ald." (an alderman) is an abbreviation, not the end of a sentence
        ("Ald. Brian Hopkins of the 2nd Ward said members owe families an explanation.\n\n\"For years, we have heard "
         "the far left scream,\" Ald. Hopkins said. \"That is wrong.\"",
         [("For years, we have heard the far left scream,", "Brian Hopkins"), ("That is wrong.", "Brian Hopkins")]),
        # a name, then what they are with a "who" clause whose closing comma the copy left out
        ("Lynsey Strahan, a local voter who attended the watch party in Springfield Tuesday night said, “I’m really "
         "thrilled.”", [("I’m really thrilled.", "Lynsey Strahan")]),
        # a pronoun, then an aside ("She, like Rep. X, …, said"); a role, then the name between commas
        ("Kim Abbott spoke after the vote. She, like Rep. Jonathan Windy Boy, D-Box Elder on the floor, said she had "
         "“never seen anything like this.”", [("never seen anything like this.", "Kim Abbott")]),
        ("Fani Willis testified on Friday. And her lawyer, former Gov. Roy Barnes, called the proceeding “a witch hunt.”",
         [("a witch hunt.", "Roy Barnes")]),
        # a body's long name, its initials, then the title and name of who spoke (no capitalised word is a verb)
        ("“It is an abhorrent violation,” Americans United for Separation of Church and State, or AU, President and CEO "
         "Rachel Laser told News 10.", [("It is an abhorrent violation,", "Rachel Laser")]),
        # a bracketed aside between a name and its verb ("Mr Sunak (pictured) had to battle …, as he said")
        ("Rishi Sunak called an election, saying Keir Starmer could not be trusted.\n\nIn response, Labour leader Keir "
         "Starmer told voters: “We can stop the chaos.”\n\nA sodden Mr Sunak (pictured) had to battle the rain as he said "
         "he would “fight for every vote”.", [("We can stop the chaos.", "Keir Starmer"), ("fight for every vote", "Rishi Sunak")]),
        # US offices and party labels before a name are no part of it; a person at work is no company for "it"
        ("There has been chatter since Oakland City Councilmember Loren Taylor announced a run.\n\n“We will win,” said "
         "Taylor.\n\nBrentwood Republican Gino Bulso said the protest was wrong. “It was a mutiny,” he said.",
         [("We will win,", "Loren Taylor"), ("It was a mutiny,", "Gino Bulso")]),
        ("There has been chatter since Dallas Mayor Eric Johnson announced he is now a Republican.\n\nThe former Democrat "
         "made the announcement in an op-ed. It said, in part:\n\n\"I have no intention of changing my approach.\"",
         [("I have no intention of changing my approach.", "Eric Johnson")]),
        # "But the speaker allowed …, adding": a conjunction opens the clause, whose subject goes on speaking
        ("Speaker Kevin McCarthy was cautious. But the GOP speaker allowed that there could be a deal, adding to "
         "reporters, “It is possible we will get a deal.”", [("It is possible we will get a deal.", "Kevin McCarthy")]),
        ("Lawyer Arthur Holder spoke outside court. He went on to state, “If there is any breach they will answer.”",
         [("If there is any breach they will answer.", "Arthur Holder")]),
        # one of a people in two words ("the South African") is a role for the one the story is about, as "the Kenyan" is
        ("Wayde van Niekerk won again on Saturday.\n\n“It was fast,” the South African said.",
         [("It was fast,", "Wayde van Niekerk")]),
        # a pronoun and its contraction are no one's name ("We’d" is the writer's voice, not a speaker)
        ("Her coaching paid off in Rio.\n\nWe’d say her strategy worked out:\n\n“Van Niekerk blazed to a record.”",
         [("Van Niekerk blazed to a record.", None)]),
        # an office in capitals opens the sentence, then its holder between commas: the sentence is his
        ("Activist Boniface Otieno has been deported, his lawyer said.\n\nPrime Cabinet Secretary and Cabinet Secretary for "
         "Foreign Affairs, Musalia Mudavadi, on Thursday, May 22, confirmed his release.\n\n“We have engaged the "
         "authorities,” he stated.", [("We have engaged the authorities,", "Musalia Mudavadi")]),
        # a lower-case noun for what someone is there, written before the name, marks a person ("she" is her)
        ("“It is slow,” said one commuter, Ravi Kumar.\n\nAnother commuter Gulnaaz Patel expressed delight with the "
         "line. “I feel great,” she said.", [("It is slow,", "Ravi Kumar"), ("I feel great,", "Gulnaaz Patel")]),
        # "he" is the person the story brought in last as the one speaking: a name after a body's name and a title,
        # and a name after an inverted speech verb with no quote
        ("“Prices will rise,” Archie Norman told the BBC.\n\nYesterday, Bank of England Governor Andrew Bailey said food "
         "prices were a worry.\n\n“That is a major concern,” he said.",
         [("Prices will rise,", "Archie Norman"), ("That is a major concern,", "Andrew Bailey")]),
        ("“These are crazy days,” said grocer Fernando Savore.\n\nThe end of price controls is fanning inflation, said "
         "economist Hernan Letcher.\n\n“The increase will be more marked next month,” he said.",
         [("These are crazy days,", "Fernando Savore"), ("The increase will be more marked next month,", "Hernan Letcher")]),
        # the sentence's subject speaks after a time phrase and a participle
        ("Hours after the vote, Ortega appeared in a video posted online, saying: “The count is over.”", [("The count is over.", "Ortega")]),
        # a name with a chain of descriptions before its verb
        ("Resident Lena Brandt, who lives on Mill Lane, next to the site, told councillors: “We were never asked.”",
         [("We were never asked.", "Lena Brandt")]),
        # a title and name, a verb phrase, then "and said"
        ("Reaching out to critics, Governor Paul Mensah gave the plan his backing and said it was a “fair deal for all”.",
         [("fair deal for all", "Paul Mensah")]),
        # the cue comes at the end of the sentence, after a clause that follows the quote
        ("The party left the chamber since “we will not waste time on this”, as the voters will judge, Ngata said.",
         [("we will not waste time on this", "Ngata")]),
        # the words after a quote carry on its sentence: they are not a speaker
        ("Tom Varga of Ohio says he will not be “silenced” by Smith and has announced a run.", [("silenced", "Tom Varga")]),
        # a partial quote whose sentence has a named subject with a description, and no speech verb
        ("Ines Duarte, head of the union, spoke on Monday of a “broken promise” and a “stitch-up”.",
         [("broken promise", "Ines Duarte"), ("stitch-up", "Ines Duarte")]),
        # "X was quoted as saying" after the quote
        ("Finance Minister Lena Vogt defended the budget. “We will not borrow more,” Vogt was quoted as saying.",
         [("We will not borrow more,", "Lena Vogt")]),
        # a head of government's title alone, in a headline: the holder the story names
        ("Taoiseach admits he ‘misjudged’ the mood\n\nTaoiseach Aoife Brennan said on Monday the plan was rushed.",
         [("misjudged", "Aoife Brennan")]),
        # "asked by a role, NAME,": the name in the appositive
        ("Mayor Carl Dunne was asked by his own councillor, Rita Moss, about the “reckless” spending plan.",
         [("reckless", "Rita Moss")]),
        # a participle right after a name, with no comma: that name acts
        ("The delay led to Green councillor Omar Haddad telling the chamber it was “a disgrace”.",
         [("a disgrace", "Omar Haddad")]),
        # "But NAME ..., insisting": a conjunction opens a clause, not an aside
        ("Critics attacked the plan. But Hana Ito has hit back, insisting the cuts are “overdue” in a tight year.",
         [("overdue", "Hana Ito")]),
        # Malaysian honorifics are titles, not part of the name
        ("Datuk Seri Nurul Hamid spoke at Parliament. “We held the briefing for all MPs,” she said.",
         [("We held the briefing for all MPs,", "Nurul Hamid")]),
        # wire copy: the paper quoted someone, who speaks
        ("“We were told every day,” the Daily Star quoted a worker at the plant as saying.",
         [("We were told every day,", "a worker at the plant")]),
        # a participle after "with" and a name belongs to that name, not to the sentence's subject
        ("Mr Ortega faced criticism from his own side, with party chair Rosa Vidal urging him to “apologise”.",
         [("apologise", "Rosa Vidal")]),
        # a country's people are not a person "he" can mean; ", and X was" makes X the subject
        ("Coach Pieter Botha spoke late. It was not the start that proud South Africans had hoped for, and Botha was "
         "asked to explain it.\n\n“We were poor,” he said.", [("We were poor,", "Pieter Botha")]),
        # a press secretary is a person, not the press
        ('"We are done here," White House Press Secretary Ann Doyle said.', [("We are done here,", "Ann Doyle")]),
        # the verb at the end of the sentence, then a day
        ('ROME (Reuters) - Italy is "closer than ever" to a deal, Prime Minister Paolo Neri said on Tuesday.',
         [("closer than ever", "Paolo Neri")]),
        # a named person's sentence hands over to the quote with a colon, no speech verb
        ("Ohio Gov. Mark Hale offered this twist: “I will vote for the nominee.”", [("I will vote for the nominee.", "Mark Hale")]),
        # an agency, then the spokesman's name
        ("“We had our eyes on him,” said Ohio Department of Public Safety spokesman Bart Cole.", [("We had our eyes on him,", "Bart Cole")]),
        # a determiner and adjectives before a surname named in full earlier
        ("Prime Minister Raj Mehta rose late. “The charge is false,” an uncharacteristically angry Mehta said.",
         [("The charge is false,", "Raj Mehta")]),
        # "she" is not the woman the quote calls by title and name; a role word before a name is not part of it
        ("Dr Ruth Lane died at the scene. Prosecutor Priya Shah told the court the van was fast. "
         "‘There is no suggestion that Dr Lane did anything wrong,’ she said.",
         [("There is no suggestion that Dr Lane did anything wrong,", "Priya Shah")]),
        # a stray opening mark at the end of a paragraph opens nothing
        ("Governor Musa Bello spoke on Friday.\n\n“Security is the duty of all,” he said. “Use the hotlines. “\n\n"
         "“We want to assure you we are safe,” the governor assured.",
         [("Security is the duty of all,", "Musa Bello"), ("Use the hotlines. ", "Musa Bello"), ("We want to assure you we are safe,", "Musa Bello")]),
        # "the department" is the body named in full before it, "of Health" included
        ("The Ohio State Department of Health reported 40 cases. “We expect more,” the department said.",
         [("We expect more,", "Ohio State Department of Health")]),
        # a surname misspelt further down is still the person named in full
        ("Resident Christine Sadler spoke at the meeting. “They do not listen,” Mrs Saddler said.",
         [("They do not listen,", "Christine Sadler")]),
        # an office before the name; a name made into an adjective is nobody
        ("New Delhi [India], June 13 (ANI): Union Minister of Rural Affairs Arjun Dev Mehra on Saturday said the Ravi "
         "Kumar-led panel was full of “hot air”. “We will not stop,” he said.",
         [("hot air", "Arjun Dev Mehra"), ("We will not stop,", "Arjun Dev Mehra")]),
        # the name an unnamed person is given; "according to him"
        ('"If they have guns, we have rocks," said a villager surnamed Li.', [("If they have guns, we have rocks,", "Li")]),
        ("Asif Khan spoke in Peshawar. The mandate, according to him, was taken by “terrorism”.", [("terrorism", "Asif Khan")]),
        # a passive: the one after "by" said it
        ("The council was accused of “grandstanding” by Labour leader Ed Miliband.", [("grandstanding", "Ed Miliband")]),
        # "and said" after a relative clause goes back to the sentence's subject
        ("Manoj Tiwari reacted to an editorial, which tore into the party and said: “They want to get rid of us.”",
         [("They want to get rid of us.", "Manoj Tiwari")]),
        # "the head of government" is the person the story is about
        ("Prime Minister Taavi Roivas faces a vote. “Put it to the vote tomorrow,” the head of government said.",
         [("Put it to the vote tomorrow,", "Taavi Roivas")]),
        # a title, a name, then "of" and the force: the name (an office before "of" is another matter)
        ("Detective Superintendent Steve Barron of Northumbria Police said: “The results are what we hoped for.”",
         [("The results are what we hoped for.", "Steve Barron")]),
        # a lower-case role, a name, "of" and a party; "went on to say"
        ('"They want to stifle democracy," wrote opposition leader Ravi Nair of the Congress party. '
         '"We will march," he went on to say.', [("They want to stifle democracy,", "Ravi Nair"), ("We will march,", "Ravi Nair")]),
        # "the ministry's spokeswoman" is the spokeswoman the story named
        ("Foreign Ministry Spokeswoman Maria Ivanova spoke on Monday. “We expect a reply,” the ministry’s spokeswoman stressed.",
         [("We expect a reply,", "Maria Ivanova")]),
        # an organisation named in full with its initials once: its initials speak for it, and are no "he"
        ("The Workers Alliance (WA) marched on Friday. “We will not stop,” the WA said. "
         "Ana Ruiz, the minister, was unmoved. “Nothing will change,” she said.",
         [("We will not stop,", "Workers Alliance"), ("Nothing will change,", "Ana Ruiz")]),
        # a party in brackets inside the speaker's phrase
        ("“We will not relent,” National Unity Front (NUF) official Tomas Okoro told the media.",
         [("We will not relent,", "Tomas Okoro")]),
        # a day that opens the sentence with no comma; an aside between commas before the verb
        ('On Wednesday Park said the rally was "illegal". Mugabe, in power since 1980, said "we will govern".',
         [("illegal", "Park"), ("we will govern", "Mugabe")]),
        # an official the story keeps nameless stays so, though someone else is named more
        ("The official, who asked not to be named, said President Tom Bell had lied. Bell denied it. Bell left. "
         "“We have lost confidence,” the official said.", [("We have lost confidence,", "the official")]),
        # "In his statement, Zizi Kodwa": the text says he, whatever a list of first names guesses
        ("Zizi Kodwa spoke. In his statement, Kodwa attacked Ann Moyo. “It is a sad day,” said Kodwa. "
         "He said the party was “concerned”.", [("It is a sad day,", "Zizi Kodwa"), ("concerned", "Zizi Kodwa")]),
        # a role, a comma, then the name: the name speaks (after "according to" too)
        ("“That is his view,” according to Deputy Secretary of the NDC in charge of operations, Kofi Mensah. "
         "“It is dishonest,” Deputy General Secretary of the NPP, Nana Obiri stated.",
         [("That is his view,", "Kofi Mensah"), ("It is dishonest,", "Nana Obiri")]),
        # "quoted X as telling"; "observed"; a noun "claims" after a possessive is nobody speaking
        ("Aide Tom Reyes spoke. He quoted Ruiz as telling him: “Where is the minister?” "
         "Ana Ruiz alleged that Lee’s claims were “silly.” “It is regrettable,” observed Ana Ruiz.",
         [("Where is the minister?", "Ana Ruiz"), ("silly.", "Ana Ruiz"), ("It is regrettable,", "Ana Ruiz")]),
        # a motion, letter or statement speaks for the one whose it is
        ("Mr Adam Reid tabled it. Mr Reid’s emergency motion states that “the council was ignored.”",
         [("the council was ignored.", "Adam Reid")]),
        # "the conservative Unity Party" is the Unity Party
        ("“We object,” said the conservative Unity Party.", [("We object,", "Unity Party")]),
        # a lede's role, named only below
        ("SPRINGFIELD (AP) — Springfield’s police chief says the man was “quickly caught.”\n\n"
         "Chief Ray Dunn told reporters the man was armed.", [("quickly caught.", "Ray Dunn")]),
        # "NAME, denied …" makes a person of a name no first-name list knows
        ("Mr Mbeki will speak later. His party's number two, Tendai Biti, denied the talks had broken down.\n\n"
         "“The talks have not collapsed,” he said.", [("The talks have not collapsed,", "Tendai Biti")]),
        # the quote calls the senator by his title: it is not the senator speaking
        ("Spokesman Ernesto Abella spoke after Senator Antonio Trillanes returned. “We understand that Senator "
         "Trillanes went to the US,” he pointed out.", [("We understand that Senator Trillanes went to the US,", "Ernesto Abella")]),
        # a sentence of reported speech, then a quote that opens the next sentence; "Mr Bloomberg" is a man, not
        # the news agency; "… for Bloomberg. Mr Bloomberg owns" holds two names
        ("The group is not for sale, founder and owner, Mr Michael Bloomberg, has stated. “It's a non story.”\n\n"
         "He spoke of a bid by Reed Elsevier for Bloomberg. Mr Bloomberg owns 70 per cent. “We stay private,” he said.",
         [("It's a non story.", "Michael Bloomberg"), ("We stay private,", "Michael Bloomberg")]),
        # "the Portuguese said" is the one the story is about; a bare plural of people speaks; "the newspaper"
        # is the paper named last
        ("Cristiano Ronaldo left. Ronaldo spoke to Piers Morgan. When Morgan asked Ronaldo about the coach, the "
         "Portuguese said: “I have no respect for him.”", [("I have no respect for him.", "Cristiano Ronaldo")]),
        ("At a news conference, law enforcement officials gave few details, but said the gun was “forensically linked”. "
         "Speaking at the scene, police minister Bheki Cele said: “We have lost a member.”",
         [("forensically linked", "law enforcement officials"), ("We have lost a member.", "Bheki Cele")]),
        ("Ann Lee denies claims in the Mail on Sunday. The newspaper alleged Lee “squared up” to a colleague.",
         [("squared up", "Mail on Sunday")]),
        # someone's remark quoted as theirs, before or around the quote; the sentence's next quote is not theirs
        ("Law Minister Ed Tan slammed Leader of the Opposition Raj Singh’s comment that “the court of opinion is "
         "bigger”, calling it “plainly wrong”. Tan also cited Ana Ruiz's “toxic” remark.",
         [("the court of opinion is bigger", "Raj Singh"), ("plainly wrong", "Ed Tan"), ("toxic", "Ana Ruiz")]),
        # "Meanwhile" with no comma; a party name, then a lower-case title, then the name
        ("Meanwhile shadow faith minister Ms Owen said Mr Spencer was “once again wrong”. Labour shadow justice "
         "minister Mr Khan said: “Outrageous.”", [("once again wrong", "Owen"), ("Outrageous.", "Khan")]),
        # a long title and a long time phrase after "said" at the end of the sentence
        ("The firm faces “challenging circumstances”, Chief Executive Officer Henrik Adams said in an internal memo "
         "seen by Reuters on Tuesday.", [("challenging circumstances", "Henrik Adams")]),
        # "They" after a sentence about a group of people; "she" after an unnamed woman quoted
        ("Prosecutors requested life in prison. They noted he showed no remorse, arguing he “will remain a danger.”",
         [("will remain a danger.", "Prosecutors")]),
        ("“Why?” a 24-year-old woman wondered. “We are peaceful,” she said.",
         [("Why?", "a 24-year-old woman"), ("We are peaceful,", "a 24-year-old woman")]),
        # a partial quote inside its subject's sentence, then the sentence's own "…, X said"
        ("The firm faces “hard times” and “needs to cut costs”, Chief Executive Ana Ruiz said.",
         [("hard times", "Ana Ruiz"), ("needs to cut costs", "Ana Ruiz")]),
        # a name after a word that opens the sentence ("Although Coetzee") is still a subject
        ("Coach Allister Coetzee was left to rue mistakes. Elton Jantjies dropped the kick-off.\n\n"
         "Although Coetzee was pleased, he lamented the “soft moments”.", [("soft moments", "Allister Coetzee")]),
        # an adjective between article and name; a title ending in -elect
        ("A thrilled Virat Kohli described the win as a “massive boost.” “We will work with anyone,” "
         "South Australian Premier-elect Peter Malinauskas said.",
         [("massive boost.", "Virat Kohli"), ("We will work with anyone,", "Peter Malinauskas")]),
        # an opening phrase with no comma before the name; a dash after the name
        ("In a letter to the Camden Journal chairwoman Joanna Reeves wrote: “A lively debate was had.” "
         "He spoke after Mr Lee Anderson - who reportedly told a councillor to “come outside” - was invited.",
         [("A lively debate was had.", "Joanna Reeves"), ("come outside", "Lee Anderson")]),
        # "X was quoted by Y as telling": X speaks; a negated verb is nobody speaking
        ("Gov. Pat McCrory was quoted by WRAL as telling supporters at a N.C. GOP rally: “The race is not over.” "
         "McCrory stated that the opposition had not said “anything new”.",
         [("The race is not over.", "Pat McCrory"), ("anything new", "Pat McCrory")]),
        # "the interior minister" is the minister whose title says interior, not the last minister named;
        # "Minister for Transport Ana Byrne" is Ana Byrne
        ("Federal Minister for Interior Sheikh Rashid Ahmed spoke before Prime Minister Imran Khan arrived. "
         "“We will talk,” the interior minister said. Minister for Transport Ana Byrne was there. Byrne, asked "
         "about it, told reporters: “No comment.”",
         [("We will talk,", "Rashid Ahmed"), ("No comment.", "Ana Byrne")]),
        # a weekday after a name; a place before a lower-case title is no person
        ("State minister Jitu Patwari Wednesday alleged a plot. Former Madhya Pradesh chief minister Shivraj "
         "Singh Chouhan said the charge was “baseless”. “What does it mean?” he asked.",
         [("baseless", "Shivraj Singh Chouhan"), ("What does it mean?", "Shivraj Singh Chouhan")]),
        # a sentence opening with a participle has its subject past the quote; "Conservative MP" is a role
        ("Minister Kiren Rijiju met them. Stressing that the ‘niyam’ (rules) matter, he said talks would go on. "
         "Carleton MP Pierre Poilievre spoke. “It's clear,” the Conservative MP said.",
         [("niyam", "Kiren Rijiju"), ("It's clear,", "Pierre Poilievre")]),
        # a nickname in marks is no quotation, and "on Monday" is not part of the name
        ("Senate President Juan Miguel “Migz” Zubiri on Monday urged calm. “We will not allow it,” he said.",
         [("We will not allow it,", "Juan Miguel")]),
        # "This means …, a decision Poilievre describes as “…”": the one who describes it
        ("Pierre Poilievre spoke. This means a break, a decision Poilievre describes as “an unprecedented cover-up.”",
         [("an unprecedented cover-up.", "Pierre Poilievre")]),
        # a participle's subject past a comma-closed aside; "did not elaborate, saying" is not a negated "saying"
        ("Fumio Kishida spoke. As for the reshuffle, widely expected in August, Kishida did not elaborate, saying only, "
         "“I have not decided.”", [("I have not decided.", "Fumio Kishida")]),
        # an adverb before a less common speech verb
        ("“We were lucky,” coach Tom Ward said. “Very lucky,” a beaming Sara Mills promptly interjected.",
         [("We were lucky,", "Tom Ward"), ("Very lucky,", "Sara Mills")]),
        # a magistrate's title; "she" after a judge the story named only with her title
        ("Judicial Magistrate Amna Tariq heard the pleas. The judge was unhappy. “Who filed this?” she remarked.",
         [("Who filed this?", "Amna Tariq")]),
        # "a reporter" is someone new, not the outlet called "… Reporter"
        ("Minister Paul Roy spoke to the Daily Reporter. “Will you resign?” asked a reporter. “No,” Roy said.",
         [("Will you resign?", "a reporter"), ("No,", "Paul Roy")]),
        # a sentence-opening "A" is no part of a name
        ("A Green MP has called the plan ‘utter folly’.", [("utter folly", "A Green MP")]),
        # a dateline with the place's country before the dash
        ("LUSAKA, Zambia — A police spokeswoman says officers were “attacked first.”",
         [("attacked first.", "police")]),
        # a quote inside a "When X said …" clause is X's, not the main clause's speaker's
        ("When Ana Ruiz, a panellist on the show, said the mayor was “out of touch,” Lee said he disagreed.",
         [("out of touch,", "Ana Ruiz")]),
        # "she" after a quote that went on from her words (names the first-name list does not know)
        ("Datuk Noraini Ahmad told reporters the panel had met and that Dr Ikenna Obi was not invited.\n\n"
         "“We are ready. We have been for weeks.”\n\n“It is late,” she said.",
         [("We are ready. We have been for weeks.", "Noraini Ahmad"), ("It is late,", "Noraini Ahmad")]),
        # a clause with its "that" left out: the phrase right before the verb speaks
        ("The mayor won a third term in a count the opposition says was “rigged from the start”.",
         [("rigged from the start", "the opposition")]),
        # no comma after an opening phrase; the agency that saw the text is not the writer
        ("In a letter seen by Reuters Okafor wrote: “I will not resign.”", [("I will not resign.", "Okafor")]),
        # "for saying": the one blamed said it; "adding" after an earlier quote goes back to the sentence's subject
        ("Lawyer Tan Wei Ming has hit out at the Tax Office for saying it was “deeply surprised” by the verdict. "
         "The Tax Office said it was “deeply surprised” by the ruling, adding: “We will appeal.”",
         [("deeply surprised", "Tax Office"), ("deeply surprised", "Tax Office"), ("We will appeal.", "Tax Office")]),
        # a name the story only shows as a person by the attack it makes is a person "he" can stand for
        ("Ramesh Pillai has lashed out at the board over the ruling.\n\n“It is absurd. We will fight on.\n\n"
         "“We have the votes,” he said.",
         [("It is absurd. We will fight on.\n\n“We have the votes,", "Ramesh Pillai")]),
        # "was quoted by X as saying" after the quote: the one quoted speaks, X is the source
        ("“We have to bat better,” Kraigg Brathwaite was quoted by ESPNcricinfo as saying.",
         [("We have to bat better,", "Kraigg Brathwaite")]),
        # someone in a "that" clause of another's words is no subject a later "she" means
        ("Senator Noraini Ahmad said the meeting was private and that Dr Ikenna Obi was not invited. “He came anyway,” "
         "she said.", [("He came anyway,", "Noraini Ahmad")]),
        # a name ending in a word that is a short title elsewhere ("Sen. Ruiz")
        ("Prime Minister Hun Sen spoke at a graduation ceremony.\n\n“You threatened first,” he said.",
         [("You threatened first,", "Hun Sen")]),
        # the cue at the sentence's end after a lower-case title, or after words that carry on past the quote
        ("The league wants to catch “as many cheats as possible” this season, president Maria Gomez warned on Friday. "
         "But Paul Roy, minister of sport, was calm. “We are ready” for the season, the minister said.",
         [("as many cheats as possible", "Maria Gomez"), ("We are ready", "Paul Roy")]),
        # a government agency is no news agency
        ("The club was fined after the Environment Agency accused it of “reckless” dumping.", [("reckless", "Environment Agency")]),
        # French marks closed by a right-hand mark after a space
        ("Ana Ruiz spoke in Brussels. «We will not give in, ”she said.", [("We will not give in, ", "Ana Ruiz")]),
        # two asides before the verb; a party's name before "party" is nobody "he" can mean
        ("In the debate, Senator Ana Ruiz, from the Green bench, which backed the bill, insisted it was “long overdue”. "
         "Legislator Tomas Vidal, from the centrist Nuevo Rumbo party, disagreed. “It is rushed,” he said.",
         [("long overdue", "Ana Ruiz"), ("It is rushed,", "Tomas Vidal")]),
        # initials the story never spelt out with brackets
        ("Pilots at Northern Railways walked out on Monday. NR has said the offer is “generous”.",
         [("generous", "Northern Railways")]),
        # "which NAME said": the relative clause has a subject of its own
        ("The poll was leaked to the Daily Star, which Ms Okoye said was “telling”.", [("telling", "Okoye")]),
        # words inside someone's charge are theirs
        ("On Ravi Kumar’s charge that the minister was in Delhi for “horse-trading”, Kapoor kept quiet.",
         [("horse-trading", "Ravi Kumar")]),
        # the verb first, then the speaker and the name
        ("Relatives spoke after the hearing. Said her brother, Tom Ade, “We wanted more.”", [("We wanted more.", "Tom Ade")]),
        # "The statement added:" is whoever issued it
        ("In a statement, the Health Service said: “We regret the wait.”\n\nThe statement added: “Demand is rising.”",
         [("We regret the wait.", "Health Service"), ("Demand is rising.", "Health Service")]),
        # a bracket with a comma inside is no clause
        ("Senator, Chidi Okeke (PDP, Enugu State) described the budget as ‘reckless’.", [("reckless", "Chidi Okeke")]),
        # two roles of one person, then the name
        ("Ghanaian leader and former boxer Kofi Mensah has conceded, saying it was “time to move on”.",
         [("time to move on", "Kofi Mensah")]),
        # a party's newspaper, then its name
        ("Workers' Party newspaper Sunrise Daily said “no one can dispute” the plan.", [("no one can dispute", "Sunrise Daily")]),
        # "a Fifa statement" is Fifa's; "Sources close to Berri" are not Berri
        ("“The committee has decided to suspend the federation,” explained a Fifa statement. Sources close to Nabil Haddad "
         "said “everyone has agreed”.", [("The committee has decided to suspend the federation,", "Fifa"),
                                          ("everyone has agreed", "Sources close to Nabil Haddad")]),
        # a role after an inverted cue, then the name; a title alone, then the name; "ruled"
        ("“There is a man injured,” said the Undersecretary of the Interior, Manuel Ortiz, on Monday. Leader of the "
         "Opposition, Premadasa, rose, stating, “I want to speak.” Speaker Jagath Perera ruled, “Not now.”",
         [("There is a man injured,", "Manuel Ortiz"), ("I want to speak.", "Premadasa"), ("Not now.", "Jagath Perera")]),
        # the cue at the sentence's end after a name and an aside
        ("The government will be “just as bad” without him, Donald Tusk, the leader of the opposition, has claimed.",
         [("just as bad", "Donald Tusk")]),
        # "they" after a group named with an aside
        ("The parliamentarians, gathered outside Congress, said they will present what they called a “peace package”.",
         [("peace package", "The parliamentarians")]),
        # "the paper said" reports someone else's words; a dash opens a clause of its own
        ("Minister Joseph Dube said farmers were ”dreaming”, the paper said. Not all officials agree — last month "
         "Governor Ann Moyo said there should be ”zero tolerance”.", [("dreaming", "Joseph Dube"), ("zero tolerance", "Ann Moyo")]),
        # a wire dateline with no dash; a government that says which it is
        ("New Delhi, Aug 3 Party leader Arun Sen on Wednesday hit out at the government, accusing it of treating leaders "
         "as 'terrorists'. The Peruvian government said the vote was “illegal”.",
         [("terrorists", "Arun Sen"), ("illegal", "Peruvian government")]),
        # a role then a colon; a name described, then "who said"
        ("The prime minister, Dan Levi, spoke first. Later the prime minister attacked the opposition: “You are inciting.” "
         "It echoed Ben Orr, the chief executive ousted in March, who said last week: “Only a fool says that.”",
         [("You are inciting.", "Dan Levi"), ("Only a fool says that.", "Ben Orr")]),
        # "For X, …": the view given as theirs
        ("For the Brazilian Foreign Ministry, the vote “violates popular sovereignty”.",
         [("violates popular sovereignty", "Brazilian Foreign Ministry")]),
        # a name right after a verb is its object, and one in a clause reported by someone else no subject "he" means;
        # someone a quote names in brackets is not its speaker
        ("Opposition leader Anwar Ibrahim spoke to the press. Anwar said they left after Speaker Amin Mulia asked Najib "
         "Razak whether he would allow questions.\n\n“And he (Najib) said no,” he said.",
         [("And he (Najib) said no,", "Anwar Ibrahim")]),
        # the cue before the speaker, then a colon
        ("The party has been in power since 1998, said Dennis Roth: “They need a break.”", [("They need a break.", "Dennis Roth")]),
        # a surname typed once with a slip takes the spelling the story uses elsewhere
        ("Opposition leader Alexis Tsipas said the deal was “empty”. Tsipras spoke for an hour. Tsipras left early.",
         [("empty", "Alexis Tsipras")]),
        # an Arabic name with its particle; a title, then the name between commas; a body, then its head's name
        ("Acting speaker Mahdi al-Hafidh said the “national interests” came first. Environment Minister, Sami Haddad, "
         "said “the numbers are realistic”. The head of the Central Audit Bureau Anna Nowak said “no rules were broken”.",
         [("national interests", "Mahdi al-Hafidh"), ("the numbers are realistic", "Sami Haddad"),
          ("no rules were broken", "Anna Nowak")]),
        # a long aside before the verb; "commented"; "His response:"
        ("Kenji Sato, chairman of the chamber's Committee on Rules and Administration and a member of the ruling party, "
         "told reporters, “It is the norm.” Taro Ito commented, “I was astonished.” His response: “Nonsense.”",
         [("It is the norm.", "Kenji Sato"), ("I was astonished.", "Taro Ito"), ("Nonsense.", "Taro Ito")]),
        # a hyphenated title; "the police statement"; "alleged" before a noun is no speech verb
        ("Party Secretary-General Taro Ito commented, “I was appalled.” The police statement says people were told "
         "to “stay away”. Officials were questioned over alleged “kickbacks” in the deal.",
         [("I was appalled.", "Taro Ito"), ("stay away", "police"), ("kickbacks", None)]),
        # "the company" is the business the story is about: the name it shows at work most often, in full
        ("Acme Corp will cut 500 jobs, Mary Jones said. Acme said talks failed. “We are sorry,” the company said.",
         [("We are sorry,", "Acme Corp")]),
        ("Shares in Rolls-Royce jumped. Rolls will publish results on Monday. “Our plan works,” the firm said.",
         [("Our plan works,", "Rolls-Royce")]),
        # a role word inside a longer name is not that role: the pilots' union is no airline
        ("British Airways cancelled flights. Members of the British Airline Pilots' Association walked out. "
         "“We are sorry,” the airline said.", [("We are sorry,", "British Airways")]),
        # a lede that gives only the role, and the next sentence that names its holder "also" saying something
        ("The Health Secretary has said doctors are acting in an “unconscionable” way.\n\nWes Streeting also said "
         "talks would go on.", [("unconscionable", "Wes Streeting")]),
        # "it" is the organisation last quoted, or last at the head of a sentence, lower-case head word and all
        ("“We regret the remarks,” the Interior Ministry said. “They were unwise,” it added.",
         [("We regret the remarks,", "Interior Ministry"), ("They were unwise,", "Interior Ministry")]),
        ("Lin Mei-hua spoke first. The KMT caucus then proposed another motion. “The Speaker must be fair,” it said.",
         [("The Speaker must be fair,", "KMT caucus")]),
        # an aside after the name is no part of it; a statement signed by someone is theirs
        ("Mr. Ayariga for instance confirmed he stood by his claim.\n\n“I will stand by this fact.”",
         [("I will stand by this fact.", "Ayariga")]),
        ("But a statement signed by Kate Addo denied it. “The claims are false,” the statement said.",
         [("The claims are false,", "Kate Addo")]),
        # a two-word name the story gave with a title before is that person when it acts again, untitled
        ("President López Obrador began his 55th month as president this week.\n\nRicardo Sheffield, head of the "
         "consumer protection agency Profeco, reported on prices.\n\n“I don’t know what got into these people,” "
         "Sheffield said.\n\nEarly in his engagement with reporters, López Obrador weighed in on a march in support of "
         "the Supreme Court, which he has accused of being “rotten”.",
         [("I don’t know what got into these people,", "Ricardo Sheffield"), ("rotten", "López Obrador")]),
        # a name in a "why"/"how" clause someone else reports is not who "he" is next
        ("Fiji strongman Voreqe Bainimarama seized power, prompting efforts to isolate his government.\n\n"
         "Lord Tu'ivakano said he understood why Bainimarama would not bow to pressure.\n\n“Just go easy,” he said.",
         [("Just go easy,", "Tu'ivakano")]),
        # "X acknowledged that his time is running out, but asserted that …": X asserts, not "his time"
        ("At his press conference, AMLO acknowledged that his time in office is running out, but asserted that "
         "“we will work more.”", [("we will work more.", "AMLO")]),
        # a party or show before a person's name is theirs, not the speaker (but "South Korea's Foreign Ministry" stays)
        ("Fine Gael's Eoghan Murphy argued there was a 'serious question' around the committee.",
         [("serious question", "Eoghan Murphy")]),
        ("Sky News’ Kay Burley replied: “Are you suggesting he misled parliament?”",
         [("Are you suggesting he misled parliament?", "Kay Burley")]),
        # the one accused says nothing; a statement from a body is the body's
        ("Minister accused of making ‘disrespectful comments’ to TDs", [("disrespectful comments", None)]),
        ("“The messages were private,” a statement from the Prime Minister's Office reads.",
         [("The messages were private,", "the Prime Minister's Office")]),
        ("The N-VA was left out of the deal. \"It is downright shameful,\" the statement read.",
         [("It is downright shameful,", "N-VA")]),
        # a participle after the quote is the subject's: the name after it opens what they said
        ("Labour has complained that the resignation was an \"unacceptable breach\", saying Mr Corbyn had not been told.",
         [("unacceptable breach", "Labour")]),
        # a number opens the subject; "on Wednesday" is no one; a verb is no subject
        ("Fourteen members of the regional parliament on Wednesday said they are protesting “to draw attention.”",
         [("to draw attention.", "Fourteen members of the regional parliament")]),
        ("“We call on all parties to leave,” said the MPs in a joint statement read by MP Ashna Qadir.",
         [("We call on all parties to leave,", "the MPs")]),
        # asides between the name and its verb: "who is also …" with commas inside, or between dashes
        ("Ziyambi Ziyambi, who is also Justice, Legal and Parliamentary Affairs Minister, said: “I am the agent.”",
         [("I am the agent.", "Ziyambi Ziyambi")]),
        ("Mr Doughty - the MP for Cardiff South and Penarth - accused the office of telling \"lies\" about it.",
         [("lies", "Doughty")]),
        # the one made to speak: "forced X to intervene, saying", "prompted X to say"
        ("The comments forced Marine Le Pen to, once again, intervene, saying “we are very far” from it.",
         [("we are very far", "Marine Le Pen")]),
        ("Zahawi’s call for an apology prompted Kay Burley to say “Pot kettle black” this morning.",
         [("Pot kettle black", "Kay Burley")]),
        # "thoughts' to be": an s and a straight mark before a word that is no noun close the quote
        ("Spokesman Sam Patel termed the leaders' 'language and thoughts' to be 'very disappointing' and catechized, "
         "\"Are you a killer of the idea?\"", [("language and thoughts", "Sam Patel"), ("very disappointing", "Sam Patel"),
                                               ("Are you a killer of the idea?", "Sam Patel")]),
        # the verb after a name ends the speaker's phrase, a role and a name before it or not
        ("Intensifying the attack, Labour spokesperson Ann Lee made several critical remarks and said, \"He has no "
         "maturity.\"", [("He has no maturity.", "Ann Lee")]),
        ("Intensifying the attack, BJP spokesperson made several critical remarks and said, \"He has no maturity.\"",
         [("He has no maturity.", "BJP spokesperson")]),
        # "if he becomes a minister" brings in no minister for "the First Minister said"
        ("Labour is meddling, John Swinney has said.\n\nIan Murray said he will work with them if he becomes a minister "
         "after July 4.\n\n“It’s an outrage,” the First Minister said.", [("It’s an outrage,", "John Swinney")]),
        # a name inside someone else's appositive does not speak: "she" is still the one described
        ("“We would not have had it,” Marion Le Pen, the niece of the party’s leader Marine Le Pen, told BFM TV.\n\n"
         "“They took the migrant route,” she said.",
         [("We would not have had it,", "Marion Le Pen"), ("They took the migrant route,", "Marion Le Pen")]),
        # a party before a name is no part of the person "he" may mean ("Fine" is no woman's name here)
        ("Deputy Browne declined to address the issue.\n\nFine Gael's Eoghan Murphy argued there was a 'serious "
         "question' around the committee.\n\nHe claimed a private session would 'feel like censorship'.",
         [("serious question", "Eoghan Murphy"), ("feel like censorship", "Eoghan Murphy")]),
        # "with legislators asking": the group after "with" speaks
        ("The chamber erupted after the reply, with legislators asking, \"What are you doing?\"",
         [("What are you doing?", "legislators")]),
        # what the story says of a speaker's gender holds from their first quote on, over the first-name list
        ("“The ANC has noted the comments,” said ANC spokesperson Zizi Kodwa.\n\nIn his statement, Kodwa also took a "
         "swipe at the mayor, Herman Mashaba, who was tweeting that towels would “get kids to focus on sex”.\n\n"
         "“It is a sad day,” said Kodwa.\n\nHe said the party was “concerned” by it.",
         [("The ANC has noted the comments,", "Zizi Kodwa"), ("get kids to focus on sex", "Herman Mashaba"),
          ("It is a sad day,", "Zizi Kodwa"), ("concerned", "Zizi Kodwa")]),
        # "Ms Harper" after "PC Andrew Harper" is a woman, so not him
        ("PC Andrew Harper was killed in 2019.\n\nSpeaking outside the court, Ms Harper said: 'It was barbaric.'",
         [("It was barbaric.", "Harper")]),
        # "it said" with no body at the head of a sentence nearby: the business the story is about
        ("JD Sports shares fell 20% on Tuesday. JD Sports said profits would be lower.\n\nIt said trading had been "
         "“softer” than expected.", [("softer", "JD Sports")]),
        # a story has one judge: the one named below
        ("James McCormick perpetrated a \"callous confidence trick\", said the Old Bailey judge.\n\nSentencing him, "
         "Judge Richard Hone said: \"You are the driving force.\"",
         [("callous confidence trick", "Richard Hone"), ("You are the driving force.", "Richard Hone")]),
        # "Hall" is a surname after a first name; "Alhaji" and "Clr" are honorifics
        ("Speaking after the meeting, a frustrated Conservative group leader David Hall described it as “an abuse of "
         "power.”", [("an abuse of power.", "David Hall")]),
        ("Recommending the plan, Clr Peter McBride said it was an “epic journey”.", [("epic journey", "Peter McBride")]),
        # a party after a name is its member's party, no one's name
        ("Cllr John Birch, Liberal Democrat, who represents Totnes, said the press should listen.\n\nHe said it was "
         "\"in the public interest\".", [("in the public interest", "John Birch")]),
        # an opening participle with no comma: the name right before the verb, past a bracket
        ("Recommending the plan for adoption Clr Peter McBride (Lab, Dalton) said it was an “epic journey”.",
         [("epic journey", "Peter McBride")]),
        # "Here’s his statement:", then the statement as a paragraph of its own
        ("Let’s start with Attorney General Terry Goddard, who blasted the Legislature. Here’s his statement:\n\n"
         "“The Legislature has failed in its most basic duty.”", [("The Legislature has failed in its most basic duty.",
                                                                  "Terry Goddard")]),
        # a name, an age and a place between commas, then the verb
        ("Sandra Green, in Tenbury Wells, Worcestershire, told the BBC she felt a \"thud through the whole house\".",
         [("thud through the whole house", "Sandra Green")]),
        ("Heather Blevins, 43, of Belmont, Herefordshire, said \"the whole house shook\" but nothing was damaged.",
         [("the whole house shook", "Heather Blevins")]),
        # "X's stand-in captain" after a name says it is a person's
        ("Rohit Sharma spoke first.\n\nJP Duminy, South Africa's stand-in captain, meanwhile credited India.\n\n"
         "\"They bowled well,\" he said.", [("They bowled well,", "JP Duminy")]),
        # a paper's capitals on the first word ("RALPH", "THE"); "and conceded “…”" after an earlier quote;
        # "The Austrian" is the one the story is about
        ("RALPH Hasenhuttl labelled it “a deserved win” for Burnley and conceded “it is not good enough”.\n\n"
         "The Austrian continued: “We were poor.”", [("a deserved win", "Ralph Hasenhuttl"),
                                                   ("it is not good enough", "Ralph Hasenhuttl"),
                                                   ("We were poor.", "Ralph Hasenhuttl")]),
        # a name, then a bare role with no closing comma; the subject of the clause before a participle
        ("Pat Cullen, RCN director told the BBC it was \"deeply concerning\".", [("deeply concerning", "Pat Cullen")]),
        ("“You allow a delinquent to speak,” Malema continued, before Tsenoli cut him short, telling him he was making "
         "a “political statement”.", [("You allow a delinquent to speak,", "Malema"), ("political statement", "Tsenoli")]),
        # a name, then what they are with commas inside, then the verb; an unnamed resident and a place
        ("Robin Shattock, professor of infection at St George's, University of London, said: \"This trial is very "
         "promising.\"", [("This trial is very promising.", "Robin Shattock")]),
        ("A resident in Great Witley, Worcestershire, said she heard a \"low booming noise\".",
         [("low booming noise", "A resident")]),
        # a time phrase before the commas is no name ("On Monday, the member …, apologized, saying")
        ("On Monday, the six-term member from the ruling party, taking a post for the first time, apologized for his "
         "comments, saying he “would make remarks while checking texts”.",
         [("would make remarks while checking texts", "the six-term member from the ruling party")]),
        # a full stop ends a role's holder ("… the Minister of Women Affairs. The …")
        ("There was an argument with Uju Kennedy-Ohanenye, the Minister of Women Affairs. The committee had summoned "
         "her.\n\nThe minister responded angrily, “I take exception.”", [("I take exception.", "Uju Kennedy-Ohanenye")]),
        # "X said as …, Y stood up and shouted:": the last clause's subject shouts
        ("Louise Pryke prosecuting said as his nephew was being taken down, Richardson stood up and shouted: “I know "
         "who you are.”", [("I know who you are.", "Richardson")]),
        # a body's document speaks for it; a participle's doer: "X sparked outrage by calling", "rejected by X, …, calling"
        ("Vincent Kompany was charged on Monday.\n\nThe FA charge states: “Kompany has until Friday to respond.”",
         [("Kompany has until Friday to respond.", "FA")]),
        ("Her protest came after opposition member Col. (retd) Shoaib Amir sparked outrage during Monday’s session by "
         "calling the reporters “sellouts.”", [("sellouts.", "Shoaib Amir")]),
        ("The olive branch was last night firmly rejected by Nick Clegg, who used a rally to launch an attack on the "
         "Tory leader, calling him a \"con man\".", [("con man", "Nick Clegg")]),
        # "Tan Sri" is an honorific; a first-name list's guess ("Nikol") gives way when "he" has no one else;
        # an opening participle is no one, though a surname may end in -ing
        ("Speaker Tan Sri Johari Abdul said the seating would stay. “There is no written statement,” he said.",
         [("There is no written statement,", "Johari Abdul")]),
        ("Armenian Prime Minister Nikol Pashinyan has called on the parliament to drop a bill.\n\n\"I consider it "
         "necessary to hold early elections,\" he said.", [("I consider it necessary to hold early elections,",
                                                           "Nikol Pashinyan")]),
        ("Taking offence to what it called ‘‘unwanted criticism’’ from Parliament, the Supreme Court asserted its role.",
         [("unwanted criticism", None)]),
        ("Asked if he would fight for the leader, Streeting said: “Yes.”", [("Yes.", "Streeting")]),
        # an adverb between the role and its verb; a name before a role with no closing comma; "the software titan"
        ("Ralph Gonsalves spoke.\n\n“No. Because you were in the opposition,” the prime minister further said.",
         [("No. Because you were in the opposition,", "Ralph Gonsalves")]),
        ("In a statement Stephen Johnston, site manager for Invista at Brockworth said: \"We must take these steps.\"",
         [("We must take these steps.", "Stephen Johnston")]),
        ("Microsoft bid for Yahoo. Microsoft said it would wait.\n\n\"We reserve the right,\" the software titan said.",
         [("We reserve the right,", "Microsoft")]),
        # "has been described as": no one in the sentence described it
        ("In what has been described as an “astonishing” meeting, hundreds turned up.", [("astonishing", None)]),
        # a quote as a paragraph of its own after one about someone, with no speech verb; a long title, an office and a
        # post-nominal before the name; a police force that shares its initials with a news agency
        ("Mayor Wayne Brown singled out councillors who had signed a pledge.\n\n\"If you signed that, vote for it.\"",
         [("If you signed that, vote for it.", "Wayne Brown")]),
        ("Welsh Conservative Shadow Minister for North Wales Darren Millar MS said: “These figures are worrying.”",
         [("These figures are worrying.", "Darren Millar")]),
        ('"It is a very serious charge," AFP Commissioner Andrew Colvin said at a press conference.',
         [("It is a very serious charge,", "Andrew Colvin")]),
        # "and" inside a title joins two portfolios, not two people; a group that chanted is no "he" later on
        ("Premier John Horgan spoke first.\n\nFederal Infrastructure and Communities Minister Amarjeet Sohi, MP for "
         "Mill Woods, received boos.\n\n“We are undeterred,” he said.", [("We are undeterred,", "Amarjeet Sohi")]),
        ("Minister Amarjeet Sohi arrived late.\n\nProtesters chanted “Build that pipe” at the gates.\n\n"
         "“It will be built,” he said.", [("Build that pipe", "Protesters"), ("It will be built,", "Amarjeet Sohi")]),
        # "Hon" and "CJ" are titles; a ", who" clause is about the name right before its comma
        ("Chief Justice Martha Koome spoke.\n\n“We must respect the court,” said CJ Koome.",
         [("We must respect the court,", "Martha Koome")]),
        ("Deputy Minister Polite Kambamura visited. Hon Kambamura said “We are open.”", [("We are open.", "Polite Kambamura")]),
        ("The posts came days after he earned a public rebuke from Barr, who had said the tweets were \"making it "
         "impossible\" for him.", [("making it impossible", "Barr")]),
        # negotiators or officials for a body speak for it
        ("Officials from the Ministry of Health said it was “a mistake”.", [("a mistake", "Ministry of Health")]),
        # initials stand for the name the story gave in full, "The" not among them
        ("The Irish Nurses and Midwives Organisation has acted.\n\nThe INMO says the freeze “poses risks”.",
         [("poses risks", "Irish Nurses and Midwives Organisation")]),
        # a speech verb after the quote in a clause of its own is not the quote's
        ("Ryanair boss Michael O’Leary has said his airline will “make out like bandits” this Christmas as the carrier "
         "said fares will rise.", [("make out like bandits", "Michael O'Leary")]),
        # a name, then two roles joined by "and" with no closing comma before the verb
        ("Gill Harris, deputy CEO and executive director of integrated clinical services for the Betsi Cadwaladr Health "
         "Board said: “I apologise.”", [("I apologise.", "Gill Harris")]),
        # a description that opens with capitals, a "who" clause, or a phrase before the name: the name speaks
        ("Rita Okafor, Kent county councillor for Dover, who chaired the meeting, said: \"We need answers.\"",
         [("We need answers.", "Rita Okafor")]),
        ("In his statement at the time, Carl Betts, UAW vice president and director of the Ford department, said "
         "Ford's \"decisions are a slap in the face.\"", [("decisions are a slap in the face.", "Carl Betts")]),
        # an aside between dashes after the name; an age before an inverted name; a preposition ends the name
        ("“We came for bail,” party leader Tariq Aziz Malik — who served as minister under Khan — told the media.",
         [("We came for bail,", "Tariq Aziz Malik")]),
        ("“We are young enough to run,” said 44-year-old Sutini.", [("We are young enough to run,", "Sutini")]),
        ('"We were poor," said captain Dinesh Perera post Kandy\'s heavy defeat on Sunday.\n\n"We must improve," he said.',
         [("We were poor,", "Dinesh Perera"), ("We must improve,", "Dinesh Perera")]),
        # "…, NAME said", then a participle clause to the end of the sentence
        ('Relations between Quito and Lima are at a "record high" both politically and economically, Maria Fonseka said '
         'thanking the government for its help.', [("record high", "Maria Fonseka")]),
        # "Another stated": no one named; a body of several words joined by "and" whose spokesman speaks
        ("One resident wrote online. Another stated, “the town has been forgotten.”", [("the town has been forgotten.", None)]),
        ("“About 20,000 people moved,” a Water Supply and Drainage Board spokesman said.",
         [("About 20,000 people moved,", "Water Supply and Drainage Board")]),
        # "… on Twitter and said services “…”": the subject before the earlier quote goes on
        ('Metro North blamed a "power failure" on Twitter and said trains "will be delayed".',
         [("power failure", "Metro North"), ("will be delayed", "Metro North")]),
        # one capitalised word that speaks with "he" or "she" after it: someone named by one name only
        ("Eleanor Voss, the health director, spoke first.\n\nKowalczyk said he backs the guidance.\n\n"
         "\"I wear a mask,\" he said.", [("I wear a mask,", "Kowalczyk")]),
        ("Families left the village.\n\nSumiati, a 31-year-old who carried her son, said she was scared.\n\n"
         "“The ground shook,” she said.", [("The ground shook,", "Sumiati")]),
        ("Police said he was held overnight.\n\n“He ran,” he said.", [("He ran,", None)]),  # (a group is no one-word name)
        # a county administrator's title is no part of her name
        ("“The money is here,” County Administrator Joan Pruitt said.", [("The money is here,", "Joan Pruitt")]),
        # a statement "from the company", or one only its initials issued before: the body's words
        ("Dravik will appeal, according to a statement from the company.\n\nThe statement also says Dravik is upset.\n\n"
         "“We have talked to the union,” said the statement.", [("We have talked to the union,", "Dravik")]),
        ("The nationalist N-VA attacked the deal.\n\n\"It is back,\" N-VA said.\n\n\"It is shameful,\" the statement read.",
         [("It is back,", "N-VA"), ("It is shameful,", "N-VA")]),
        # a spokesperson the story does not name, of a body it does: the body
        ("Peru’s Ministry of Trade said it would file a case.\n\nIn a statement, the ministry’s spokesperson vowed "
         "“countermeasures”.", [("countermeasures", "Peru's Ministry of Trade")]),
        ("Acme Corp will cut 500 jobs.\n\n“We regret it,” a company spokesman said.", [("We regret it,", "Acme Corp")]),
        # a role, the name between commas, then a verb: the name is the subject a later "he" means
        ("“We will save jobs,” said Tim Osei.\n\nSt. Marys Mayor, Al Brandt, expressed concern. “It is sad,” he was "
         "quoted as saying.", [("We will save jobs,", "Tim Osei"), ("It is sad,", "Al Brandt")]),
        # a partial quote in a clause of its own ("after X criticised … as “…”"): that clause's subject
        ("The government is reviewing the board, after education minister Paul Okoro criticised it as “outdated”.",
         [("outdated", "Paul Okoro")]),
        # a named person's response, opinion or reply "was" something, then a colon
        ("Senator Ruth Hale was asked to leave.\n\nSenator Hale’s response was blunt: “You can’t make me go.”",
         [("You can’t make me go.", "Ruth Hale")]),
        ('The vote was narrow, but Justice Ana Ortiz\'s majority opinion was clear and firm: "The law stands."',
         [("The law stands.", "Ana Ortiz")]),
        # a partial quote inside a name's "who" clause
        ("Newsmen report that Musa Bello, who gave no details of the “threats” the party faces, said it would fight on.",
         [("threats", "Musa Bello")]),
        # a plural subject's verb in the present tense
        ("In a joint statement, the leaders of the opposition parties announce that “in light of the crisis” they will wait.",
         [("in light of the crisis", "the leaders of the opposition parties")]),
        # "“…,” was the verdict of X"; a long aside after the name; a weekday right after the verb; "answered"
        ('"Serious, constructive," was the verdict of Lindqvist to reporters after the talks.',
         [("Serious, constructive,", "Lindqvist")]),
        ("“I am proud of you,” Marc Dufresne-Aubert, head of the Chamber of Agriculture in the southwestern "
         "Lot-et-Garonne department, told farmers.", [("I am proud of you,", "Marc Dufresne-Aubert")]),
        ('Wind power has seen a "remarkable revival" in Spain due to high gas prices, Carla Ibarra, Iberwind SA\'s chief '
         'executive, said Thursday.', [("remarkable revival", "Carla Ibarra")]),
        ("“I was not there,” Kostas answered when asked about the remark.", [("I was not there,", "Kostas")]),
        # "went on to say"; a time between commas before the subject; the words of a charge are no one's
        ("Deputy minister Ivan Petrenko spoke. The deputy minister went on to say the strike had cut the “enthusiasm” of "
         "farmers.", [("enthusiasm", "Ivan Petrenko")]),
        ("In fact, on Friday, Governor Ana Ruiz opened the door to “talks without conditions”.",
         [("talks without conditions", "Ana Ruiz")]),
        ("Demir was charged with “managing a terror organization.”", [("managing a terror organization.", None)]),
        # "NAME, role of …, who said"; a time before the subject of "responded, saying"
        ('Walsh cited Ken Dorsey, director of the Budget Office, who said on Monday that the plan "will not pass."',
         [("will not pass.", "Ken Dorsey")]),
        ('About 45 minutes after the governor spoke, Walsh responded, saying the deal was "like nailing jelly to a wall."',
         [("like nailing jelly to a wall.", "Walsh")]),
        # a participle after the quote opens no speaker's phrase; "X believes Y is “…”" is X's
        ("Speaking of his loss in Iowa, Marsh said at one point: “I probably won it anyway,” referencing how Cruz’s "
         "campaign likely won votes by telling caucus-goers a false rumor.", [("I probably won it anyway,", "Marsh")]),
        ("Chung believes Fenwick is a “focused, get-results individual”.", [("focused, get-results individual", "Chung")]),
        # "the party said" where no "X party" was written: the body at the head of a sentence before
        ("The KNP has dismissed a statement as “fake”.\n\nIt was posted on the party’s page.\n\n\"We distance "
         "ourselves from it,\" the party said.", [("fake", "KNP"), ("We distance ourselves from it,", "KNP")]),
        # Kenya's "CS" (Cabinet Secretary) is a title; a sports "tactician" a person the story is about
        ("This was revealed by Interior CS Ruth Wanjiru, who said protests may go on.\n\n“They must stop at sunset,” "
         "the CS noted.", [("They must stop at sunset,", "Ruth Wanjiru")]),
        ("Coach Aisha Nalubega spoke after the defeat.\n\nThe female tactician further revealed, “My players were "
         "afraid”.", [("My players were afraid", "Aisha Nalubega")]),
        # two single marks typed for a double one, at either end
        ("‘‘It’s a big disappointment, we should have won,” Mutasa said.",
         [("It’s a big disappointment, we should have won,", "Mutasa")]),
        ("''We lost our focus,'' Mutasa said.", [("We lost our focus,", "Mutasa")]),
        # a name described as a body ("X, Poland's governing coalition,") is no "he"
        ("Jan Nowak, the party leader, spoke to PAP.\n\nHe said defeat is “avoidable” if the United Right, Poland’s "
         "governing coalition, stays in power.\n\n\"They will fail,\" he said.",
         [("avoidable", "Jan Nowak"), ("They will fail,", "Jan Nowak")]),
        # the words of "a comment from X that …", whoever the sentence's verb belongs to
        ("Lindqvist also said he would not “engage” when asked about a comment from Tom Hale, the U.K.’s trade "
         "secretary, that Barnier’s remarks were “a bit silly.”", [("engage", "Lindqvist"), ("a bit silly.", "Tom Hale")]),
        # "a statement by X in which he said": its author
        ("Martin Schulz spoke in Brussels on Monday.\n\nThe spokesman repeated a statement given last week by Jan "
         "Verhoef in which he said “the door is shut.”", [("the door is shut.", "Jan Verhoef")]),
        # "NAME, 55, who has been …, said"; "Head of X NAME" is the name; "“…,” believes X"
        ("Jobs, 55, who has been fighting cancer since 2004, said in an e-mail disclosed yesterday, “I love Apple.”",
         [("I love Apple.", "Jobs")]),
        ("Unison’s Regional Head of Health Pam Jordan added: “Government plans are to blame.”",
         [("Government plans are to blame.", "Pam Jordan")]),
        ('We asked Holloway about it. Aren\'t people waiting? "I think 6.5 shows we are in the game," believes Holloway.',
         [("I think 6.5 shows we are in the game,", "Holloway")]),
        # "accused of doing “…” by X": X's words
        ("Exeter has been accused of holding learners “to ransom” by the National Union of Students, after the rise.",
         [("to ransom", "the National Union of Students")]),
        # two roles joined by "and" before an inverted name; a one-word name and an aside open the sentence
        ("“It was a house of cards,” says former interior minister and assembly member Ana Paula Rivas.",
         [("It was a house of cards,", "Ana Paula Rivas")]),
        ('Kari Lindahl spoke first. Lindahl, of the anti-immigration Progress Party, denounced "a pure witchhunt".',
         [("a pure witchhunt", "Kari Lindahl")]),
        # the words of a question put to someone are not theirs
        ("Hansen was also asked why the debate was “totally different” than in Sweden.", [("totally different", None)]),
        # a place named before a "he" is no one he can be
        ("Andrea Rossi said marchers reached the Nairobi Central Business District from Kamukunji where he spoke. "
         "“We made it,” he said.", [("We made it,", "Andrea Rossi")]),
        # a name, then a "who" clause with any verb (and a name inside it), then the verb: the name that opens it
        ("Elentari Manning, 26, who lives with her three-year-old daughter, Maisy, said: “It just seems really cruel.”",
         [("It just seems really cruel.", "Elentari Manning")]),
        # "NAME of BODY - an aside - said": a person who speaks, whatever her first name is not known for
        ("A council was accused of neglect. However, Gill Cooper of Abbey Quilters - a group which uses the Abbey Row "
         "centre in Kelso - said it felt unfair.\n\nAfter a meeting, she said: “We're absolutely disgusted.”",
         [("We're absolutely disgusted.", "Gill Cooper")]),
        # capitals with accents are capitals; the name comes back spelt as typed
        ('"It is not an easy thing," Foreign Minister Mevlüt Çavuşoğlu said on Sunday. "We are close," Çavuşoğlu added.',
         [("It is not an easy thing,", "Mevlüt Çavuşoğlu"), ("We are close,", "Mevlüt Çavuşoğlu")]),
        ("Bloc leader Yves-François Blanchet spoke on Monday. “Let’s go,” he said.", [("Let’s go,", "Yves-François Blanchet")]),
        # "announced ROLE for the X of Y, former President NAME.": the name after the long role
        ("“The two parties have formally agreed,” announced the African Union’s (AU) High Representative for the Horn of "
         "Africa, former Nigerian President Olusegun Obasanjo.", [("The two parties have formally agreed,", "Olusegun Obasanjo")]),
        # "so-called" is no one calling it so
        ('Presidential spokesman Ibrahim Kalın said the sides were negotiating six points: neutrality, the so-called '
         '"de-Nazification", and more.', [("de-Nazification", "Ibrahim Kalın")]),
        # a statement "released by" a body speaks for it
        ("Saudi Arabia hosted the talks.\n\nA statement released by the Saudi foreign ministry read, “the Kingdom welcomes "
         "the talks.”", [("the Kingdom welcomes the talks.", "Saudi foreign ministry")]),
        # "Asked about …" opens a question put to someone, not "Asked X" turned round
        ("Asked about comments suggesting Putin had wanted to “wipe out” Prigozhin, Lukashenko said some had.",
         [("wipe out", None)]),
        # "Jackie and David Dowler": Ms Dowler and "she" are Jackie
        ("The bakery was bought by Jackie and David Dowler in 2005. “It was hard,” Ms Dowler said. “We tried,” she said.",
         [("It was hard,", "Jackie Dowler"), ("We tried,", "Jackie Dowler")]),
        # an opening phrase no comma closes: the role right before the verb speaks, for its body
        ("Southern Downs Regional Council lifted water restrictions.\n\nIn a statement released late today a council "
         "spokeswoman said “residents must remain vigilant”.", [("residents must remain vigilant", "Southern Downs Regional Council")]),
        # an opening phrase ("Even with …,", "Although …,") is no subject
        ("Even with a glaring $774-million hole facing the city, Mayor Rob Ford lauded the budget as “a fantastic day.”",
         [("a fantastic day.", "Rob Ford")]),
        # "Cr" is an Australian councillor's title
        ("Mayor Tracy Dobie welcomed the rain. “It is a wonderful sight,” Cr Dobie said.", [("It is a wonderful sight,", "Tracy Dobie")]),
        # a "he" in the clause that opens the sentence is its subject, named after the quote
        ("Sam Bankman-Fried was sentenced on Thursday. Though he described Bankman-Fried as “extremely smart,” U.S. "
         "District Judge Lewis A. Kaplan delivered a blistering analysis.", [("extremely smart,", "Lewis A. Kaplan")]),
        # "…, a proposal X rejected, saying": X, in the clause set off before the participle
        ('President Donald Trump urged Mexico to act. He later vowed to add cartels to the blacklist, a proposal Lopez '
         'Obrador rejected, saying "cooperation yes, interventionism no."', [("cooperation yes, interventionism no.", "Lopez Obrador")]),
        # a description of someone, then their name between commas, then the verb
        ("“They presented the progress,” one relative who attended the meeting, Lenzo Widmar, told AFP.",
         [("They presented the progress,", "Lenzo Widmar")]),
        # "WHO" in capitals is the World Health Organization, not the pronoun
        ("“This is a historic moment,” WHO Director-General Tedros Adhanom Ghebreyesus said in a press release.",
         [("This is a historic moment,", "Tedros Adhanom Ghebreyesus")]),
        # the verb a name's clause ends in, not a later one in a "before" clause; "said X, ROLE." is X
        ("Rep. Harriet Hageman held a town hall on Monday. “If you have so little respect for our process,” Hageman "
         "started before being interrupted by boos.", [("If you have so little respect for our process,", "Harriet Hageman")]),
        ("“They have decided to adjourn,” said Sen. Tim Ashe, D-President Pro Tem.", [("They have decided to adjourn,", "Tim Ashe")]),
        # "head" before a name is a title, with the unit it heads before it
        ("Echoing him, BJP’s IT cell head Amit Malviya asked in a tweet “whether it will be measured in kg”.",
         [("whether it will be measured in kg", "Amit Malviya")]),
        # a role, then between commas what the speaker is and the name
        ("“This is the first time,” LIGO executive director, physicist David Reitze, told reporters.",
         [("This is the first time,", "David Reitze")]),
        # wire copy's "Ivory Coast coach Herve Renard" with the noun dropped: the country is no part of his name
        ("BATA (AFP) – Ivory Coast Herve Renard dedicated the triumph to the people. “We dedicate this win to you,” "
         "said the Frenchman.", [("We dedicate this win to you,", "Herve Renard")]),
        # the holder of an office is the person named for it, not the body or place the office is "of"
        ("Nyesom Wike said on Friday that most lawmakers back him. One faction is loyal to Mr Wike who is now the "
         "Minister of the Federal Capital Territory (FCT).\n\nAsked if he backed the move, the FCT minister responded, "
         "“Did you call me?”", [("Did you call me?", "Nyesom Wike")]),
        ("The central bank kept rates on hold. Mugur Isarescu, the Governor of the National Bank of Romania, spoke on "
         "Friday.\n\nThe governor mentioned having heard “in the market” about the plan.", [("in the market", "Mugur Isarescu")]),
        # a place, then a lower-case office, then the title and the name: all of it before "said" at the sentence's end
        ("Video showed him with a “hunting type” rifle in his hand, Mount Vernon police Lt. Chris Cammock said.",
         [("hunting type", "Chris Cammock")]),
        # a participle's clause opens the sentence: its first word is no subject, the one after its comma is
        ("Imran Khan was remanded on Monday. Noting that the orders were similar, he termed the arrests an "
         "“unprecedented phenomenon”.", [("unprecedented phenomenon", "Imran Khan")]),
        ("Fuelled by the clash, councillors made jokes about “the budget that shall not be named”.",
         [("the budget that shall not be named", None)]),
        # a body named inside someone's quoted words is not the body the story later calls "the union"
        # a country that is a sentence's subject is no one a later "she" stands for
        ("President Claudia Sheinbaum read out a statement.\n\n• Mexico has “decided to respond” to the tariffs.\n\n"
         "• She was certain that “together we will get through this.”",
         [("decided to respond", "Mexico"), ("together we will get through this.", "Claudia Sheinbaum")]),
        # a law and a hospital trust are no one's name, whatever pronoun follows them
        ("Vice president Victoria Villarruel cast the deciding vote.\n\nFinally, before leaving his positive vote for the "
         "Base Law, he expressed: «My vote is affirmative.»", [("My vote is affirmative.", "Victoria Villarruel")]),
        ("The Hoskyn Ward will shut under new plans by University Hospitals Coventry and Warwickshire (UHCW) NHS Trust, "
         "which runs the centre.\n\n\"I am not happy about it,\" she said.", [("I am not happy about it,", None)]),
        # an adjective in -ing before a title ("outgoing", "acting") describes the speaker: it is no verb
        ('"I call upon all of us to maintain peace," outgoing President Mwai Kibaki said in a message.',
         [("I call upon all of us to maintain peace,", "Mwai Kibaki")]),
        # an aside after the name that the writer never closed with a comma
        ('"We know it was a tornado," Gary Woodall, a meteorologist at the National Weather Service Memphis office said Monday.',
         [("We know it was a tornado,", "Gary Woodall")]),
        # "the foreign ministry" is the one named with its country before it; the day after it is no holder
        ("Saudi Arabia's foreign ministry Thursday said talks resumed.\n\n\"The Kingdom welcomes the talks,\" the "
         "foreign ministry said.", [("The Kingdom welcomes the talks,", "Saudi Arabia's foreign ministry")]),
        # titles before a name, with what the office is for before them: they are no part of the name
        ("“We object,” Public Prosecutor Gail Wong said. “He died,” Peach County Coroner Kerry Rooks said.",
         [("We object,", "Gail Wong"), ("He died,", "Kerry Rooks")]),
        ("“It is done,” DepEd Undersecretary Michael Poa said. “Plead guilty,” Garda Colm Geary said.",
         [("It is done,", "Michael Poa"), ("Plead guilty,", "Colm Geary")]),
        # an office's initials after what it is for, then the name (but a person's own initials are theirs)
        ("Environment CEC Julius Nyerere said a boy drowned.\n\n“None of the bodies has been found,” said Nyerere.\n\n"
         "“We are ready,” Finance Minister AHM Mustafa Kamal said.",
         [("None of the bodies has been found,", "Julius Nyerere"), ("We are ready,", "AHM Mustafa Kamal")]),
        # a title word last in a name, after a first name, is a surname ("Bishop" is Sanford Bishop, not a bishop)
        ("Rep. Sanford Bishop, D-Ga., issued a statement.\n\n“Officers put their lives on the line,” Bishop said.",
         [("Officers put their lives on the line,", "Sanford Bishop")]),
        # initials spelt out after the words that open the sentence
        ("While the Teachers' Dignity Coalition (TDC) does not condone it, the group urged calm.\n\n“We need to "
         "examine such incidents,” TDC said.", [("We need to examine such incidents,", "Teachers' Dignity Coalition")]),
        # an age before a name is no part of it; a job title on its own is no one's name
        ("Seventy-eight-year-old Albert Johnson has lived in Middleton for 50 years.\n\n“For years, we had a normal "
         "ER,” he said.", [("For years, we had a normal ER,", "Albert Johnson")]),
        ('Satish Kumar, Additional Chief Engineer, acknowledged the problem. "There is a proposal to replace pipelines," '
         'he said.', [("There is a proposal to replace pipelines,", "Satish Kumar")]),
        # "it" is the body at the head of a sentence after a dateline, with the day before its verb
        ('Hyderabad: The Telangana High Court on Wednesday expressed displeasure over the roads. It observed "most roads '
         'have potholes".', [("most roads have potholes", "Telangana High Court")]),
        # a "who" clause between a name and its verb, with the comma before "who" left out
        ("Cllr Beverley Baynham who represents Presteigne where East Radnor leisure centre is located, said: “No "
         "consultations, no discussions.”", [("No consultations, no discussions.", "Beverley Baynham")]),
        # "the star batter": a player the story is about, as "the goalkeeper" is
        ("Babar Azam blamed the top order after the defeat. Azam scored 12.\n\n“We are much better than how we played "
         "today,” the star batter lamented.", [("We are much better than how we played today,", "Babar Azam")]),
        # a message from someone is theirs; "as per X" is "according to X"; "messaged" is a speech verb
        ('A text message from Supt Eamon O’Neill following up on the matter, read, "Any hope". The next day, the '
         'superintendent messaged Garda Colm Geary, "Any luck with that lad?"',
         [("Any hope", "Eamon O'Neill"), ("Any luck with that lad?", "Eamon O'Neill")]),
        ("The inquiry opened on Monday.\n\nAs per DepEd, the teacher already “apologized” for the incident.",
         [("apologized", "DepEd")]),
        ('Union Minister Mukhtar Abbas Naqvi spoke on Monday. Congress, as per the Union Minister, has confined itself '
         'to "fake fabricated fable kitty party".', [("fake fabricated fable kitty party", "Mukhtar Abbas Naqvi")]),
        # a speech verb after "to" has no subject of its own: the paragraph before gives no speaker, rather than a wrong one
        ("Just why Dublin lost, is harder for the former Footballer of the Year to explain.\n\n“It’s hard to know really.”",
         [("It’s hard to know really.", None)]),
        # up to three lower-case words of a title between capitals, before a closing "said"
        ("The EC is “super, super cautious” when it comes to the prime minister, Congress general secretary in-charge "
         "Jairam Ramesh said.", [("super, super cautious", "Jairam Ramesh")]),
        # "labelling" a thing is saying it; "was dubbed" is said of someone, not by them
        ('The opposition Citizens Coalition for Change has refused to accept the results, labelling them as "false."',
         [("false.", "Citizens Coalition for Change")]),
        # an adverb after a subject is no part of it ("Some even admitted"); "last week" after a description neither
        ('Members of the European Parliament voted on Tuesday. Some even admitted to voting with a "heavy heart."',
         [("heavy heart.", None)]),
        ("Bobi Wine was arrested on Monday. The 39-year-old popstar-turned-presidential contender last week had called on "
         "Ugandans to “rise up peacefully”.", [("rise up peacefully", "Bobi Wine")]),
        # (and "About 15 officials from" a body speak for it, however many they are)
        ("About 15 officials from the Samsung Electronics National Union protested, shouting: “Shhh! What is a union? "
         "What is a strike at Samsung?”\n\nThe union accused the company of “blacklisting” strikers.",
         [("Shhh! What is a union? What is a strike at Samsung?", "Samsung Electronics National Union"),
          ("blacklisting", "Samsung Electronics National Union")]),
        # a quote that is its own paragraph after narrative about someone (no quote in it) is theirs: the last "he" it
        # says, else the last person it names, a paragraph or two back; a question's word opens no subject
        ("Dublin star Bernard Brogan says the players must shoulder the blame.\n\nJust why Dublin lost is harder for "
         "the former Footballer of the Year to explain but he has some ideas.\n\n“It’s hard to know really.”",
         [("It’s hard to know really.", "Bernard Brogan")]),
        ("Coach Joey Antipas believes Zimbabwe can still turn things around.\n\nThe team travels to Lusaka on "
         "Tuesday.\n\n“It was a disappointing result at home.”", [("It was a disappointing result at home.", "Joey Antipas")]),
        ("Coach Joey Antipas believes Zimbabwe can still turn things around.\n\nThe team travels to Lusaka on "
         "Tuesday.\n\nThe match ends a long season.\n\n“It was a disappointing result at home.”",
         [("It was a disappointing result at home.", None)]),
        ("Mayor Ann Cole opened the hall.\n\n“We waited years.”\n\nThe queue was long.\n\n“It was worth it.”",
         [("We waited years.", "Ann Cole"), ("It was worth it.", None)]),
        # two asides between a closing mark's speaker and the verb: an age, then a role with a body's initials
        ("“It is manageable if the currency stays here,” Sakurai, 66, head of the Japan Association of Corporate "
         "Executives (Keizai Doyukai), said in an interview Friday.", [("It is manageable if the currency stays here,", "Sakurai")]),
        # "she" said of Mrs Hamilton is not the Brian Hamilton the story named in full
        ("School board chairman Brian Hamilton is overseas.\n\nMrs Hamilton did not know of any other incidents.\n\n"
         "“It's a real shame,” she said.", [("It's a real shame,", "Hamilton")]),
        # a surname that is also a country's name ("Thomas Jordan") is a name after a first name
        ("Swiss National Bank Chairman Thomas Jordan said it was vital.\n\n“It is a systemically important bank,” he "
         "told reporters.", [("It is a systemically important bank,", "Thomas Jordan")]),
        # an office's initials stand for its title: "the EAM" is the External Affairs Minister the story named
        ("External Affairs Minister S Jaishankar met Qin Gang on Thursday.\n\n“I met the Foreign Minister of China "
         "this afternoon,” the EAM said.", [("I met the Foreign Minister of China this afternoon,", "S Jaishankar")]),
        # a round-up credits each quote on the line under it, after a dash
        ("Who said what at the Cup:\n\n“We dreamed of this moment.”\n\n– Ivory Coast's Sebastien Haller after scoring "
         "the winner.\n\n“God has given us a second chance.”\n\n– Caretaker coach Emerse Fae after the hosts squeezed "
         "through.\n\n“It is bizarre.”\n\n– Haller, reacts to his face on billboards\n\n“All the giants are coming.”"
         "\n\n– A prophetic comment from Senegal star Sadio Mane as his country lost",
         [("We dreamed of this moment.", "Sebastien Haller"), ("God has given us a second chance.", "Emerse Fae"),
          ("It is bizarre.", "Sebastien Haller"), ("All the giants are coming.", "Sadio Mane")]),
        # "Madam" is an honorific (Singapore's, Malaysia's), no part of the name
        ("The 76-year-old resident, Madam Zheng Xin Xiang, told reporters she has lived there for years.\n\n"
         "“I cannot sleep at night,” Madam Zheng said.", [("I cannot sleep at night,", "Zheng Xin Xiang")]),
        # "Chairperson of the School Governing Body X": the office, "of the" body, then the name
        ("Chairperson of the School Governing Body (SGB) Sikhangele Mabhulu warned the parents: “Don’t burn the school.”",
         [("Don’t burn the school.", "Sikhangele Mabhulu")]),
        # "and" inside an office's portfolio does not end the subject
        ("Pakistan's State Minister for Finance and Revenue Aisha Ghaus Pasha slammed the IMF for “intervening” in "
         "internal matters.", [("intervening", "Aisha Ghaus Pasha")]),
        # a capital that opens the sentence before a group of people is no name ("Audience" is no one)
        ("The councillors answered questions.\n\nAudience members said: “We are not here to solve your problems.”",
         [("We are not here to solve your problems.", "Audience members")]),
        # a stray comma between a name and its verb
        ('"We can become friends," William Lai, said.', [("We can become friends,", "William Lai")]),
        # a participle opening the sentence is no first name ("Addressing ISRO" is no one for "he" to be)
        ("Prime Minister Narendra Modi watched the landing.\n\nAddressing ISRO scientists from Johannesburg, he said "
         "India made a resolve “on the Earth and fulfilled it on the Moon”.", [("on the Earth and fulfilled it on the Moon",
                                                                          "Narendra Modi")]),
        # "the IMF boss" is its managing director, named after the body's initials between commas
        ("Finance Minister Ken Ofori-Atta said the cedi would recover. Ofori-Atta spoke in Washington.\n\nThe MD of the "
         "International Monetary Fund (IMF), Kristalina Georgieva, had stated that a deal would be reached.\n\nIn a "
         "meeting, the IMF boss told the president that “we understand the urgency.”",
         [("we understand the urgency.", "Kristalina Georgieva")]),
        # ("SG Tushar Mehta": the initials before the name, where the story spells out the title only elsewhere)
        ("The Solicitor General argued with the judge.\n\nThe exchange between SG Tushar Mehta and the judge was "
         "heated.\n\nThe SG said, “As a law officer, it is my right.”", [("As a law officer, it is my right.", "Tushar Mehta")]),
        # "the CJI": an office's initials spelt with a title anywhere in them; "said analysts from Bernstein": the body
        ("The row between SG Tushar Mehta and CJI DY Chandrachud was heated. The Chief Justice of India spoke.\n\n"
         "When the SG told the court that he did not agree, the CJI said, “Parliament is an eternal body.”",
         [("Parliament is an eternal body.", "DY Chandrachud")]),
        ("Philips shares fell.\n\n“This is negative news,” said analysts from Bernstein, who have a price target on "
         "the stock.", [("This is negative news,", "Bernstein")]),
        # "The spokesman added" after "A spokesman for Handsworth FC said": the club's
        ("Vandals broke into the clubhouse.\n\nA spokesman for Handsworth FC said the damage was severe.\n\nThe "
         "spokesman added: “Someone must know who did this.”", [("Someone must know who did this.", "Handsworth FC")]),
        # a bare role, then the name between commas
        ("A resident of the RV park lost his roof.\n\n\"I just held onto my dog,\" resident, Mac McLaren, said.",
         [("I just held onto my dog,", "Mac McLaren")]),
        # "It said", after "The court did not …": the court
        ("Kenya’s Supreme Court nullified the election.\n\n" + "Crowds danced in the streets of the capital all night. " * 12
         + "\n\nThe court did not place blame on Mr Kenyatta. It said the commission “committed illegalities”.",
         [("committed illegalities", "Kenya's Supreme Court")]),
        # "Morgan, on the other hand," is the subject, not an opening word like "However,"
        ("England captain Eoin Morgan led the chase.\n\nMorgan, on the other hand, was happy with the “character” shown "
         "by his team.", [("character", "Eoin Morgan")]),
        # "in a tweet on the talks the minister said": the phrase before the verb, past the prepositions
        ("Foreign Minister Ana Ruiz met her Chinese counterpart.\n\nEarlier, in a tweet on the talks the minister said "
         "they had focused on “current challenges”.", [("current challenges", "Ana Ruiz")]),
        # a title word after an honorific is a surname ("Mr King" is Dennis King, no king)
        ("IBM vice-president Dennis King opened the lab. “It is a long term investment,” said Mr King.",
         [("It is a long term investment,", "Dennis King")]),
        # a name, then "the" and a role with no closing comma, then the verb; not a name inside an opening phrase
        ('Speaking about the decision, Sir Howard Davies, the chair of the panel of judges said: "The Gathering is '
         'an unflinching look."', [("The Gathering is an unflinching look.", "Howard Davies")]),
        ('Presidential spokesman Garba Shehu spoke on Monday.\n\nCommenting on the call with US President, Donald Trump, '
         'the spokesman said it was “undiplomatic for anyone to demand the audio”.',
         [("undiplomatic for anyone to demand the audio", "Garba Shehu")]),
        # "ComPol" (a Caribbean Commissioner of Police) is a title
        ("Reporters caught up with Commissioner of Police Chester Williams. ComPol Williams explained the motive.\n\n"
         "“We are still trying to put the pieces together,” ComPol Williams said.",
         [("We are still trying to put the pieces together,", "Chester Williams")]),
        # a surname that is a title's plural ("Marvin Dames"); "A police spokesperson" speaks for the police; "was quoted
        # saying"; "the police announcement", "the ministry statement": the body's words
        ("Hours later National Security Minister Marvin Dames said the government is “still not happy” with the toll.",
         [("still not happy", "Marvin Dames")]),
        ("A police spokesperson said: “At around 9.40pm, the police received reports of gunshots.”",
         [("At around 9.40pm, the police received reports of gunshots.", "police")]),
        ("Minister Selemani Jafo wrote to the officers.\n\n“You should refrain from using it,” Mr Jafo was quoted saying in "
         "a statement.", [("You should refrain from using it,", "Selemani Jafo")]),
        ("The Interior Ministry met on Monday.\n\n“Police are assisting the mayors,” the police announcement states.\n\n"
         "“We will act,” the ministry statement said.",
         [("Police are assisting the mayors,", "police"), ("We will act,", "Interior Ministry")]),
        # a phrase with no noun at its head ("The attention it") is nobody, not a role
        ('Some columnists blasted that phrasing. The attention it garnered prompted legislators to pass a motion '
         'denouncing the ruling, claiming it tried to make women invisible and using the word "woman."',
         [("woman.", None)]),
        # a person noun, a lower-case noun, then another person noun: one description ("boy band star")
        ('Fellow Irish boy band star Ronan Keating adds: "Totally shocked at the news."',
         [("Totally shocked at the news.", "Ronan Keating")]),
        # "A woman surnamed Cheng told": the name she is given
        ('A woman surnamed Cheng told RTHK: "It is the first arts centre here."',
         [("It is the first arts centre here.", "Cheng")]),
        # "…, Lütke wrote, adding that “…”": the one whose words come before the participle
        ("Shopify chief Tobi Lütke wrote to staff.\n\nMost of the impacted roles are in sales, Lütke wrote, adding that "
         "“we’re also eliminating over-specialized roles.”", [("we’re also eliminating over-specialized roles.", "Tobi Lütke")]),
        # "she" narrows which of two people with one surname "Mdala" stands for
        ("Chikwakwa replaced Councillor Carol Mdala. He defeated Davis Mdala from Matindi Ward.\n\nMdala, the first "
         "female chairperson for Blantyre Council, said she was satisfied.\n\n“Leadership is about doing your job,” she said.",
         [("Leadership is about doing your job,", "Carol Mdala")]),
        # "member" is a title: "sub-committee member Leslie Leng" is a person whom "he" can stand for
        ("Led by the association’s sub-committee member Leslie Leng, they handed over a letter. State exco member Datuk "
         "Abdul Malik accepted it.\n\nLeng, 41, urged the state to stop the project.\n\n“We hope the state listens,” he "
         "said.", [("We hope the state listens,", "Leslie Leng")]),
        # initials before a name that speaks are a person's: "…, said N.V. Srivatsa of Barkatpura." is whom "he" means
        ("Residents pay the catchers, said G. Suresh of Uppal. This too creates scope for corruption, said N.V. Srivatsa "
         "of Barkatpura. “I have this strong suspicion that dogs are being dropped into our area,” he said.",
         [("I have this strong suspicion that dogs are being dropped into our area,", "N.V. Srivatsa")]),
        # "Suresh (CPM) said": a single name, then the party in brackets, is a person, even past a long quote
        ("S Sujatha (Congress) said several dog bite incidents have been reported from her ward. “Many people are "
         "chased,” she said.\nSuresh (CPM) said that the number of stray dogs has increased alarmingly in the past few "
         "months even after the officials claimed to have carried out a sterilisation drive. “This apart, several dogs "
         "roam with scabs in residential areas and we fear that it might spread to the people if timely measures are not "
         "initiated,” he said.",
         [("Many people are chased,", "S Sujatha"), ("This apart, several dogs roam with scabs in residential areas and we fear that it might spread to "
           "the people if timely measures are not initiated,", "Suresh")]),
        # "the Mayor said" after an opening clause stands for the mayor named before
        ("The meeting, presided by Mayor Mu Anbalagan, heard complaints.\nS Sujatha said incidents have been reported. "
         "“Many people are chased,” she said.\nResponding to the concerns, the Mayor said, the corporation has the most "
         "centres. “So far we have two dog vehicles,” he said.",
         [("Many people are chased,", "S Sujatha"), ("So far we have two dog vehicles,", "Mu Anbalagan")]),
        # "A senior member of the dog-capturing squad said …", then "he said": the unnamed member, not the man named before
        ("This too creates scope for corruption, said John Smith of Barkatpura. “I have a suspicion,” he said. A senior "
         "member of the dog-capturing squad said none of them demand money. “There are some young guys in our teams,” he "
         "said.",
         [("I have a suspicion,", "John Smith"), ("There are some young guys in our teams,", "a senior member")]),
        # "DOH said" after "The Department of Health": the initials with the "of" in them, as Manila's press writes them
        ('MANILA — The Department of Health recorded a rise in rabies cases.\n\n"Rabies kills," DOH said.\n\n"Vaccinate your '
         'dogs," it added.',
         [("Rabies kills,", "Department of Health"), ("Vaccinate your dogs,", "Department of Health")]),
        # "who identified himself only as Deng": the name he gave is whom "he" means
        ("The director of the information office, who identified himself only as Deng, confirmed the notice.\n\n'We had 43 "
         "cases,' he said.",
         [("We had 43 cases,", "Deng")]),
        # "the director of one animal aid group" is someone new, not the person the story is about
        ("This photo shows Aurica Anghel, grandmother of the boy who was mauled.\n\nResidents rallied over the weekend. "
         "“It’s not a local problem, it’s national,” the director of one animal aid group told the BBC.",
         [("It’s not a local problem, it’s national,", "the director of one animal aid group")]),
        # one word, then what they are set off after it ("Among them is Abida, a teenage girl", "Naweed, another child worker"), is someone "she" or "he" means
        ("Among them is Abida, a teenage girl who once dreamed of going to school. One day, she says, she was "
         "detained.\n“I was selling bags when the Taliban arrested me,” she said.\nNaweed, another child worker whose "
         "father is ill, sells pens on the street.\n“They’ve been telling us for more than two years not to work,” he "
         "said.",
         [("I was selling bags when the Taliban arrested me,", "Abida"), ("They’ve been telling us for more than two years not to work,", "Naweed")]),
        # "For more than a decade, Sopheap, 38, has worked": one word and an age after an opening clause
        ("For more than a decade, Sopheap, 38, has worked in brick kilns.\n\n“First, I owed only 50,000 riels,” she said.",
         [("First, I owed only 50,000 riels,", "Sopheap")]),
        # "said Arcury" after "Alice Arcury-Quandt … her father, Thomas Arcury": the one whose surname it is whole
        ("In 2005, Alice Arcury-Quandt got an internship where her father, Thomas Arcury, is director.\n\n“Nicotine is a "
         "poison,” said Arcury, who has done fieldwork.",
         [("Nicotine is a poison,", "Thomas Arcury")]),
        # a right-hand single mark after "said," opens a quote, as a Kenyan paper types it
        ("KNUT Secretary General David Okutta said,’ We have reached an understanding with the government.’",
         [("We have reached an understanding with the government.", "David Okutta")]),
        # a straight mark that starts its paragraph opens even with a space after it
        ('" A from mi a 16 years old mi a scrape fish fi survive," Sharon Whyte said.',
         [("A from mi a 16 years old mi a scrape fish fi survive,", "Sharon Whyte")]),
        # "‟", the reversed mark, opens a quote
        ("The union leader Mary Atieno called the new rules ‟a step backwards for every worker”, and left.",
         [("a step backwards for every worker", "Mary Atieno")]),
        # "According to …," opens a sentence: it is no one's name
        ("According to police, the neighbour Ann Lee told reporters the man was “calm and slow”.",
         [("calm and slow", "Ann Lee")]),
        # a name, then the business they work for, with no comma to close it (TV style)
        ("“It is going to kill a lot of local businesses,” Gerard Stier, Hudson Place Realty said.",
         [("It is going to kill a lot of local businesses,", "Gerard Stier")]),
        # a name, their role and the business, no closing comma
        ("“We cannot park,” Armando Luis, owner, Sparrow Wine and La Isla Restaurant said.",
         [("We cannot park,", "Armando Luis")]),
        # a name the story gave in full, then where she is from, no closing comma
        ("Sun Maya Tamang, 20, was rescued.\n\n“I want to go home,” Sun Maya, originally from Bara said.",
         [("I want to go home,", "Sun Maya")]),
        # but a place, then a title and a name, is the name's
        ("“The city is ready,” Washington, D.C. Mayor Muriel Bowser said.",
         [("The city is ready,", "Muriel Bowser")]),
        # "Charlotte (not her real name)": the name a story gives someone it keeps anonymous is a person "she" means
        ("Since 2021, Charlotte (not her real name) has been renting a flat with her husband.\n\n“We are stuck in a room,” "
         "she says.",
         [("We are stuck in a room,", "Charlotte")]),
        # people in the plural opening a sentence are no speaker, even where a body's name capitalises them; the
        # paragraph goes on with the reported speech before it
        ("Auckland Tenants Protection Association co-ordinator Angela Maynard said the case highlighted the "
         "risk.\n\nTenants were often treated like second-class citizens, with notices “grossly weighted in favour of "
         "landlords”.\n\n“It’s grossly unfair.”",
         [("grossly weighted in favour of landlords", "Angela Maynard"), ("It’s grossly unfair.", "Angela Maynard")]),
        # an event is no one: "Annual General Meeting" holds no general called Meeting
        ("Chairman Kofi Mensah spoke at the 2015 Annual General Meeting on Wednesday.\n\n“I am not here for gain,” he "
         "said.",
         [("I am not here for gain,", "Kofi Mensah")]),
        # "called for “…” by the ministry" asks the ministry to act: the caller's words, not the ministry's
        ("Senator Imee Marcos on Thursday called for “immediate intervention” by the Department of Agriculture.",
         [("immediate intervention", "Imee Marcos")]),
        # "the Phoenix" is a club: its last word alone near a "he" makes no person of "Wellington Phoenix"
        ("Wellington Phoenix owners want a stake.\n\nThe consortium took control of the Phoenix in 2011.\n\nClub co-owner "
         "Gareth Morgan said it was still on the cards.\n\n“It would be great,” he said.\n\nDr Morgan expects losses. "
         "Phoenix profitability came down to crowds, he said. “If we could get 10,000 people, it would pay.”",
         [("It would be great,", "Gareth Morgan"), ("If we could get 10,000 people, it would pay.", "Gareth Morgan")]),
        # "agrees" credits a quote as "agreed" does
        ("“We shouldn’t put patients under this stress,” agrees Fin McCaul, a pharmacy owner in Prestwich.",
         [("We shouldn’t put patients under this stress,", "Fin McCaul")]),
        # "Lee Davis-Thaleourne and his partner were told": he acts, with his partner, so the next "he" is his
        ("Dr Michael Fotheringham said rents were at a “historic low”, he said.\n\nThat is what Lee Davis-Thaleourne and "
         "his partner were told when their rent rose. “We looked at that and thought, there’s no way,” he said.",
         [("historic low", "Michael Fotheringham"), ("We looked at that and thought, there’s no way,", "Lee Davis-Thaleourne")]),
        # An uncredited run of quoted paragraphs, then "He said on …": the one that "he" means was speaking
        ("Bus fares will rise in March, according to bus driver Tomas Keller, who has driven the route for 20 "
         "years.\n\n“Nobody likes it,” Tomas said.\n\n“It is the premium route and the prices must reflect that.”\n\nIn the "
         "capital, a monthly pass now costs $90, according to retailers.\n\n“There is no money left for repairs.\n\n“We are "
         "running buses built in 1998.\n\nHe said on most days two of the six buses were off the road.",
         [("Nobody likes it,", "Tomas Keller"), ("It is the premium route and the prices must reflect that.", "Tomas Keller"),
          ("There is no money left for repairs.\n\n“We are running buses built in 1998.", "Tomas Keller")]),
        # "X Y is the sturdy captain of …": what the story says they are makes a person of an unknown name; "Z, the city's old quarter," is a place
        ("The sun sets over Soro Kadi, the city's fishermen's quarter. Yogo Diallé is the sturdy captain of one of the "
         'boats. When we ask him about the fishing, he is angry. "The government has sold our sea," he says.',
         [("The government has sold our sea,", "Yogo Diallé")]),
        # "Togbe Afede XIV says …", then "Togbe Afede, while chairing …": the same man without his numeral
        ("Club chairman and majority shareholder Togbe Afede XIV says he is ready to sell his shares.\n\nHowever, Togbe "
         "Afede, while chairing the annual meeting on Wednesday, called the bluff of the fans.\n\n“I am not here because I "
         "get any personal gain.”",
         [("I am not here because I get any personal gain.", "Togbe Afede XIV")]),
        # "said one of the men", then "One said …" and "he said": one of those men, whom the "he" goes on with
        ("The group of men, from Iraq and Iran, were moved to the camp this month.\n\n“It’s cold,” said one of the "
         "men.\n\nOne said the UK had “saved” his life.\n\n“It’s not good for people here,” he said.",
         [("It’s cold,", "one of the men"), ("saved", "one man"), ("It’s not good for people here,", "one man")]),
        # "One of the group, who said he had fled a war zone, said …", then "he said": that one, not the minister named before
        ("First Minister Mark Drakeford has criticised the decision, saying the camp was “unsuitable”.\n\nOne of the "
         "group, who said he had fled a war zone, said the fences were distressing.\n\n“He came from war and now they put "
         "him in an army camp,” he said.",
         [("unsuitable", "Mark Drakeford"), ("He came from war and now they put him in an army camp,", "one of the group")]),
        # "A spokesman for the SQA, said …", then "He said: …": the body the spokesman speaks for, not the man named before
        ("There was criticism from Jeff Dugdale, who tweeted: “Thank goodness they are not in charge of the ballot "
         "papers!”\n\nA spokesman for the Exams Authority, said the issue was an “isolated” factor.\n\nHe said: "
         "“Confidentiality clauses are applied to everyone who works on exam papers.”",
         [("Thank goodness they are not in charge of the ballot papers!", "Jeff Dugdale"), ("isolated", "Exams Authority"),
          ("Confidentiality clauses are applied to everyone who works on exam papers.", "Exams Authority")]),
    ],
)
def test_speakers_in_common_news_patterns(text, expected):
    assert found(text) == expected


def test_a_name_in_marks_inside_the_clause_leaves_the_clause_its_subject():
    text = ("One of the largest milk producers, Jason Graham of “Cheelonga Farming” near Tarzali, said: “We don’t spread "
            "a lot of fertiliser.”")
    assert found(text)[-1] == ("We don’t spread a lot of fertiliser.", "Jason Graham")


def test_according_to_opening_a_sentence_is_no_ones_name():
    (_, speaker), = found("According to the union, members are calling for a deal that “pays teachers properly”.")
    assert speaker and not speaker.lower().startswith("according")


def test_a_ledes_role_is_whom_the_headline_and_the_next_sentence_name():
    text = ("Rishi Sunak: AI summit humanity\n\nThe prime minister hailed the summit, saying the progress will “tip the "
            "balance”.\n\nAt a press conference, Rishi Sunak argued it had succeeded.")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [("tip the balance", "Rishi Sunak")]


def test_a_headline_quote_goes_to_the_subject_of_its_verb_not_to_whose_remarks_it_judges():
    text = ("Energy Minister Chris Bowen slams Liberal leader Sussan Ley's comments as 'graceless'\n\n"
            "Chris Bowen has criticised Sussan Ley over her remarks on Monday.")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [("graceless", "Chris Bowen")]


def test_a_headline_whose_subject_is_an_unnamed_role_gives_its_quote_to_no_one_it_names_after_the_verb():
    text = "Queensland attorney-general defends Annastacia Palaszczuk against 'old blokes'\n\nAnnastacia Palaszczuk spoke."
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [("old blokes", None)]


def test_a_clause_after_said_is_what_was_said_not_who_said_it():
    text = ("Wahiduzzaman, accusing Hasina of having “rigged the previous two elections”, said the number arrested was "
            "even higher.")
    assert found(text)[0][1] in (None, "Wahiduzzaman")


def test_a_headline_credit_after_a_colon_may_hold_a_title_in_lower_case():
    text = "‘We are able to sell whatever we produce’: Maruti chairman Bhargava\n\nMaruti chairman RC Bhargava said sales rose."
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [
        ("We are able to sell whatever we produce", "RC Bhargava")]
    text = "“Einstein Would Be Beaming”: Scientists React to Gravitational Waves\n\nThe waves were seen in 2015."
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [("Einstein Would Be Beaming", None)]


def test_a_surname_alone_in_the_body_is_the_person_the_headline_names_in_full():
    text = ("Burnley boss Vincent Kompany hit with FA charge\n\nLorenz Assignon was also sent off.\n\n"
            "Kompany revealed he apologised to the officials.\n\nHe said: “I disagreed with the decision.”")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [
        ("I disagreed with the decision.", "Kompany")]


def test_a_headline_names_its_speaker_after_a_dash_at_its_end():
    text = "Labour ‘interfering in devolution’ with plans for Scotland Office – Swinney\n\nJohn Swinney spoke on Monday."
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [
        ("interfering in devolution", "John Swinney")]


def test_a_headline_quote_goes_to_the_person_its_surname_names_in_the_body():
    text = ("Mayor: Okafor ‘angry’ over cuts, hours after she says she ‘won’t resign’\n\n"
            "City mayor Grace Okafor said on Monday the cuts were unfair.\n")
    qs = annotate(article_from_text(text)).quotes
    assert [(q.text, q.speaker) for q in qs] == [("angry", "Grace Okafor"), ("won’t resign", "Grace Okafor")]


def test_words_quoted_in_a_headline_belong_to_whoever_says_them_in_the_body():
    text = ("Four-year delay branded ‘disgraceful’\n\nA case took four years to reach court.\n\n"
            "“This delay is disgraceful and unacceptable,” said Judge Amir Khan.\n")
    qs = annotate(article_from_text(text)).quotes
    assert [(q.text, q.speaker, q.how) for q in qs] == [
        ("disgraceful", "Amir Khan", "echo"), ("This delay is disgraceful and unacceptable,", "Amir Khan", "named")]


def test_a_text_that_types_the_closing_mark_at_both_ends():
    text = "The witness seemed ”very hot”, the lawyer Piet Maas said.\n\n”He is under stress,” Maas said."
    assert found(text) == [("very hot", "Piet Maas"), ("He is under stress,", "Piet Maas")]


def test_a_headline_quote_given_only_to_the_headline_subject_goes_to_whoever_says_it_in_the_body():
    text = ("City police arrest man over ‘the uniform’\n\nA suspect was held on Sunday.\n\n"
            "“He was targeted because of the uniform,” Chief William Moore said.\n")
    qs = annotate(article_from_text(text)).quotes
    assert [(q.text, q.speaker) for q in qs] == [("the uniform", "William Moore"), ("He was targeted because of the uniform,", "William Moore")]


def test_a_lede_role_quote_goes_to_whoever_the_body_names_saying_it():
    a = article_from_text("Deal denied\n\nPresident Tom Bell’s spokesperson said reports of a deal were “utter nonsense”.\n\n"
                          "“All this talk is utter nonsense,” Ray Dunn said.\n\nAn aide to Ann Cole, Paul Fox, also spoke.")
    assert [q.speaker for q in annotate(a).quotes] == ["Ray Dunn", "Ray Dunn"]


def test_a_headline_group_quote_goes_to_the_member_who_says_it():
    a = article_from_text("Chad opposition vows ‘will not relent’\n\n“We will not relent,” party official Ray Dunn said.")
    assert [q.speaker for q in annotate(a).quotes] == ["Ray Dunn", "Ray Dunn"]


def test_a_headline_ceo_is_the_chief_executive_the_story_names():
    a = article_from_text("‘We fell short,’ CEO says\n\n“We fell short,” Chief Executive Kevin Sayer said on Monday.")
    assert {q.speaker for q in annotate(a).quotes} == {"Kevin Sayer"}


def test_a_headline_of_one_speaking_to_another():
    a = article_from_text("Cuomo to Heastie: It's an “important time”\n\nGov. Andrew Cuomo wrote to Carl Heastie.")
    assert [q.speaker for q in annotate(a).quotes] == ["Andrew Cuomo"]


def test_a_title_case_headline_gives_its_partial_quote_to_the_name_before_it():
    a = article_from_text("Cooper Declares Victory, McCrory To ‘Make Sure Every Vote Counts’\n\n"
                          "Roy Cooper won. Gov. Pat McCrory did not concede.")
    assert [q.speaker for q in annotate(a).quotes] == ["Pat McCrory"]


def test_a_headline_names_its_speaker_after_a_dash():
    a = article_from_text("March ‘cheap political gimmicks’ – WA\n\nThe Workers Alliance (WA) hit back on Monday.")
    assert [(q.text, q.speaker) for q in annotate(a).quotes] == [("cheap political gimmicks", "Workers Alliance")]


def test_a_role_in_the_headline_is_the_person_the_story_names_in_that_role():
    text = "Test will come as ‘no surprise,’ minister says\n\nUnification Minister Kwon Young-se spoke in Seoul on Monday.\n"
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [("no surprise,", "Kwon Young-se")]


def test_the_airline_speaking_is_the_one_the_headline_names_when_the_body_names_none():
    text = "Ethiopian Airlines Flight Crashes, Killing 157\n\n“There are no survivors,” the airline tweeted on Sunday.\n"
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [
        ("There are no survivors,", "Ethiopian Airlines")]


def test_he_said_after_a_named_speaker_resolves_to_the_name():
    text = ("Seoul's envoy, Kim Min-jun, met officials on Monday.\n\n"
            "“We made progress,” he said at a briefing. “But there is work to do.”")
    assert found(text) == [("We made progress,", "Kim Min-jun"), ("But there is work to do.", "Kim Min-jun")]


def test_straight_marks_typed_with_no_spaces_are_taken_in_pairs():
    a = article_from_text('Headline\n\nMacron suggested that"certain people"would do better than"kicking up a ruckus".')
    assert [q.text for q in annotate(a).quotes] == ["certain people", "kicking up a ruckus"]


def test_a_text_typing_closing_marks_glued_to_the_sentence_before():
    a = article_from_text("Headline\n\nKiren Rijiju spoke on Sunday.”We have noted all the points,” he said. Rijiju also "
                          "spoke, saying,” we will give time to all,” and left. The word ”stop” was on a sign.")
    assert [q.text for q in annotate(a).quotes] == ["We have noted all the points,", "we will give time to all,", "stop"]


def test_a_straight_mark_glued_to_a_full_stop_and_a_capital_opens():
    a = article_from_text('Headline\n\nSonia Guajajara said 4,000 people took part in the protest."We carried 200 coffins," '
                          'she said.\n\n"We won," he said."The end." Then more.')
    assert [q.text for q in annotate(a).quotes] == ["We carried 200 coffins,", "We won,", "The end."]


def test_a_speaker_named_only_by_surname_gets_the_full_name_the_story_gives():
    text = "Feijoo warns Madrid\n\n“Spain is not for sale,” Feijoo told reporters. The opposition leader, Alberto Núñez Feijóo, spoke in Brussels."
    assert [q.speaker for q in annotate(article_from_text(text)).quotes] == ["Alberto Núñez Feijóo"]


def test_a_single_quoted_paragraph_closed_by_a_double_mark():
    text = "Headline\n\n'We are short of leaders and will wait,\" Mr Khan said. He went on. \"It is over,\" he said."
    assert found(text[10:]) == [("We are short of leaders and will wait,", "Khan"), ("It is over,", "Khan")]


def test_a_paragraph_that_lost_its_opening_mark():
    a = article_from_text("Headline\n\nYou don't remove a President because you don't like him,” said Rep. Mike Johnson.")
    assert [(q.text, q.speaker) for q in annotate(a).quotes] == [
        ("You don't remove a President because you don't like him,", "Mike Johnson")]


def test_quote_over_several_paragraphs_is_one_quote():
    text = "“The first part goes on,” said Ana Ruiz, the mayor. “It has a second sentence.\n\n“And a second paragraph.”"
    qs = annotate(article_from_text("H\n\n" + text)).quotes
    assert [q.speaker for q in qs] == ["Ana Ruiz", "Ana Ruiz"]
    assert qs[1].text.endswith("And a second paragraph.")


def test_block_quote_after_a_colon():
    text = ("The minister, Ravi Shah, spoke after the vote. He told reporters:\n\n"
            "This is a good day for the country and for the farmers who waited.\n\n"
            "The vote passed 61 to 39.")
    qs = annotate(article_from_text("H\n\n" + text)).quotes
    assert [(q.kind, q.speaker, q.text) for q in qs] == [
        ("block", "Ravi Shah", "This is a good day for the country and for the farmers who waited.")]


def test_quote_with_no_speaker_in_the_text_says_so():
    text = "Officials met on Tuesday.\n\n“We will keep talking.”\n\nThe meeting ended early."
    (q,) = annotate(article_from_text("H\n\n" + text)).quotes
    assert q.speaker is None and q.how == "none"


def test_second_hand_sources_are_credited():
    text = ("Ana Ruiz said the port would reopen “within days,” Reuters reported.\n\n"
            "She added, “We are confident,” according to The Associated Press.")
    qs = annotate(article_from_text("H\n\n" + text)).quotes
    assert [(q.speaker, q.source) for q in qs] == [("Ana Ruiz", "Reuters"), ("Ana Ruiz", "The Associated Press")]


def test_headline_quote_then_a_name_that_speaks():
    # "Prime Minister-in waiting" is an office; the headline's quote, then a colon and a name with a headline's verb
    text = ("'You voted for change': Luxon speaks as National cruise to victory\n\nPrime Minister-in waiting Christopher "
            "Luxon says he is confident.\n\n“Thank you so much,” the National leader told supporters.")
    qs = annotate(article_from_text(text)).quotes
    assert [(q.text, q.speaker) for q in qs] == [("You voted for change", "Christopher Luxon"),
                                                 ("Thank you so much,", "Christopher Luxon")]


@pytest.mark.parametrize("headline", ["‘I arrived as a boy’: Son Heung-min confirms Tottenham exit",
                                      "‘I arrived as a boy’: Son Heung-min's farewell"])
def test_headline_quote_then_a_person_the_story_names(headline):
    # after the colon any verb, or a possessive, of someone the story names as a person (not "Storm Ciaran hits")
    text = headline + "\n\nTottenham captain Son Heung-min will leave the club.\n\n“It was the hardest decision,” he said."
    qs = annotate(article_from_text(text)).quotes
    assert [(q.text, q.speaker) for q in qs] == [("I arrived as a boy", "Son Heung-min"), ("It was the hardest decision,", "Son Heung-min")]


def test_headline_role_is_the_one_who_holds_it_below():
    # "Judge criticises …": the judge the story names, who is "Mr Justice Alexander Owens" in Irish and English courts
    text = ("Judge criticises Conor McGregor's 'nonsense on the internet'\n\nMr Justice Alexander Owens was clear from the "
            "outset.\n\n“The court conducted business as a kangaroo court,” Mr Justice Owens said.")
    qs = annotate(article_from_text(text)).quotes
    assert [q.speaker for q in qs] == ["Alexander Owens", "Alexander Owens"]


def test_a_headline_quote_no_one_is_credited_with_is_the_main_voice():
    """"Parish council ‘is not listening’": neither the headline nor the body says whose words they are, so they are
    the story's main voice, the speaker the body quotes most; a quote the body credits keeps its speaker."""
    text = ("Parish council ‘is not listening to us’\n\nVillagers walked out of a meeting on Monday.\n\n"
            "“It was a farce,” said resident Carol Baines. “No one was allowed to speak.”\n\n"
            "The council's chairman, Tom Hale, said: “We followed the rules.”\n\n"
            "“We will go to the county next,” Ms Baines added.")
    qs = annotate(article_from_text(text)).quotes
    assert [(q.speaker, q.how) for q in qs[:1]] == [("Carol Baines", "main")]
    assert [q.speaker for q in qs[1:]] == ["Carol Baines", "Carol Baines", "Tom Hale", "Carol Baines"]


def test_a_story_that_goes_on_about_he_keeps_him_in_reach():
    """"He said …", "He further said …", "Hence, he urged Prime Minister X …": a long run of sentences about "he" keeps
    the man the story opened with as the one "he said" means, not the prime minister he urged."""
    text = ("Data leaks: MP urges action\n\nLembah Pantai MP Fahmi Fadzil today urges the authorities to take action on "
            "data leaks.\n\nHe said the latest theft of the personal data of more than one million civil servants, MPs and "
            "ministers, stolen from the government’s e-statement of wages by a hacker group, was the fourth such incident in "
            "the country, a record that no one wants and that the government has yet to explain to the public.\n\n"
            "“The first time such an incident happened was on May 18, 2022 involving 22 million records believed to be "
            "stolen from the National Registration Department and the Election Commission, which hold the records of every "
            "voter in the country and every citizen.\n\n“Then on May 31, 2022, one million records were stolen from the "
            "International Trade and Industry Ministry’s immunisation programme file and after that, on Aug 3 we heard there "
            "was a security breach of the iPay88 database where we do not know how much was taken. After that came the "
            "wages database, and there was still no word from the government on who was responsible or what would be done "
            "to protect the people whose records were taken, many of whom have since been targeted by scammers.”\n\n"
            "He further said the personal data of civil servants, MPs and ministers could now be sold and misused by cyber "
            "criminals, including scammers who prey on the elderly and on families who have already lost their savings.\n\n"
            "Hence, he urged Prime Minister Datuk Ismail Sabri "
            "Yaakob to instruct government bodies to conduct cyber security audits.\n\n"
            "“I also request the PM to establish a Royal Commission of Inquiry,” he said.")
    assert annotate(article_from_text(text)).quotes[-1].speaker == "Fahmi Fadzil"


def test_a_headline_credits_its_quote_after_a_dash():
    """"X trial: ‘…’ – Adv Teffo throws jab": the name and verb after the quote, not the name before the colon."""
    text = ("Senzo Meyiwa trial: ‘These people are not learned’ – Adv Teffo throws jab at prosecutor\n\n"
            "Advocate Malesela Teffo, who represents the accused, made the remark in court on Tuesday.")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == \
        [("These people are not learned", "Malesela Teffo")]


def test_every_quote_record_points_at_its_words():
    for a in load_articles(quiet=True):
        for q in annotate(a).quotes:
            assert a.text[q.start:q.end] == q.text


# The seed articles: every quotation found, speakers right, including those reached through "he said".
SEED_SPEAKERS = {
    "000": ["U.S. negotiators", "South Korea's Foreign Ministry", "South Korea's Foreign Ministry", "Jeong Eun-bo",
            "Jeong Eun-bo", "Jeong Eun-bo", "James DeHart", "James DeHart", "James DeHart", "Donald Trump"],
    "001": ["James DeHart", "James DeHart", "James DeHart", "South Korea's Foreign Ministry", "Jeong Eun-bo",
            "Jeong Eun-bo", "Mark Esper", "Mark Esper"],
    "002": ["South Korea's foreign ministry", "James DeHart", "Mark Esper", "Donald Trump", "James DeHart"],
    "004": ["Jeong Eun-bo", "Jeong Eun-bo", "Donald Trump", "Jeong Eun-bo", "James DeHart", "James DeHart",
            "James DeHart", "A group of 47 South Korean members of parliament",
            "A group of 47 South Korean members of parliament", "Mark Esper", "Ruling party lawmakers"],
}


@pytest.mark.parametrize("article", sorted(SEED_SPEAKERS))
def test_seed_speakers(article):
    table = quotes(load_articles(quiet=True).get(article))
    assert list(table.speaker) == SEED_SPEAKERS[article]


def test_seed_quote_that_lost_its_speaker():
    table = quotes(load_articles(quiet=True).get("003"))
    lost = table[table.text.str.startswith("We look forward")]
    assert len(lost) == 1 and lost.speaker.isna().all()


def test_seed_block_quotes_after_a_colon():
    table = quotes(load_articles(quiet=True).get("000"))
    blocks = table[table.kind == "block"]
    assert list(blocks.speaker) == ["James DeHart", "Donald Trump"]
    assert blocks.text.iloc[1].rstrip().endswith("a very good one!")


def test_a_lede_in_place_of_the_headline_is_read_for_names():
    # a page whose headline was lost: its first line is the lede, a sentence that names the speaker
    text = ("Federal Interior Minister Rana Sanaullah on Sunday said that the opposition leader had failed to deliver "
            "on the promises he made to the people of the province.\n\n"
            "“Khan changes his stance repeatedly,” said the minister while talking to the media.")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [
        ("Khan changes his stance repeatedly,", "Rana Sanaullah")]


def test_a_body_named_by_what_it_is_is_no_she():
    # "The firm said" gives the quote to a business whose name has no word for a business: it is no "she" later
    said = found("A union has held a protest against job losses at the steel works.\n\nMembers of Unite gathered outside "
                 "the Job Centre on Wednesday.\n\nThe union said up to 2,000 jobs were at risk after Harbour Steel announced "
                 "plans to close its furnaces.\n\nThe firm said the plan would make it \"a green company\".\n\nJoining the "
                 "workers was pharmacist Michelle Marshall.\n\nShe said the plant was the \"lifeblood of the town\".")
    assert said[-1] == ("lifeblood of the town", "Michelle Marshall")


def test_a_headline_credits_its_quote_after_a_colon():
    text = ("‘We are able to sell whatever we produce’: Maruti chairman Bhargava – Times of India\n\n"
            "Maruti Suzuki chairman RC Bhargava said on Monday that sales were strong.")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [
        ("We are able to sell whatever we produce", "RC Bhargava")]


def test_a_descriptive_noun_is_the_one_just_speaking():
    # a lede read for names makes Sean Bean the story's main person; "the actor" just after Graham spoke is Graham
    text = ("Sean Bean has picked up the Best Leading Actor accolade at the BAFTA TV awards today, having been honoured "
            "for his role in the mini-series Time.\n\nBean wasn’t at the ceremony today. Bean said he was honoured.\n\n"
            "The Best Drama award went to Help, starring Stephen Graham.\n\nAccepting the award, the cast admitted they "
            "were surprised, with Graham leaning into the mic and saying: “We weren’t expecting this!”\n\n“It was an "
            "absolute joy to be a part of,” the actor said.")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(text)).quotes] == [
        ("We weren’t expecting this!", "Stephen Graham"), ("It was an absolute joy to be a part of,", "Stephen Graham")]


def test_a_headlines_label_is_no_one_and_a_places_role_after_by_is_its_holder():
    label = "Video: ‘This is madness’ – Angry minister orders arrests\n\nThe minister visited the site on Monday."
    assert [(q.text, q.speaker) for q in annotate(article_from_text(label)).quotes] == [("This is madness", None)]
    role = ("Union labelled ‘terrorist-like’ by NSW transport minister over shutdown\n\nNSW Transport Minister David Elliott "
            "said the union had acted like terrorists.")
    assert [(q.text, q.speaker) for q in annotate(article_from_text(role)).quotes] == [("terrorist-like", "David Elliott")]


def test_an_awards_name_in_a_headline_is_no_one():
    text = "Book Awards winner: 'A long, long time to write'\n\nCatherine Chidgey won the top prize on Tuesday."
    assert [q.speaker for q in annotate(article_from_text(text)).quotes] != ["Book Awards"]


def test_a_first_line_ending_in_a_full_stop_is_a_lede_read_for_names():
    text = ("KUALA LUMPUR: Prime Minister Tan Sri Muhyiddin Yassin congratulated all SPM candidates, whose results were "
            "announced today.\n\nHe said he is proud of their achievements.\n\n“I was told the average grade improved.”")
    assert [q.speaker for q in annotate(article_from_text(text)).quotes] == ["Muhyiddin Yassin"]


def test_a_quote_after_one_that_ran_on_from_the_paragraph_before_goes_on():
    said = found("Karunaratne said he reunited the team. “Dickwella and I got together with the coach.\n\n“There are "
                 "legal frames within the team,” said Karunaratne. “Apart from the batting our bowling unit made a "
                 "contribution.”")
    assert said[-1] == ("Apart from the batting our bowling unit made a contribution.", "Karunaratne")


def test_a_she_with_no_one_before_is_the_woman_the_headline_names():
    text = ("Marie Dodd insists turning 100 is just another day\n\nThe Yackandandah woman said on Wednesday she saw nothing "
            "special in it.\n\n\"It would be good if someone would tell us something new,\" she said.")
    assert [q.speaker for q in annotate(article_from_text(text)).quotes] == ["Marie Dodd"]


def test_a_headline_in_title_case_names_no_one_with_its_prepositions():
    text = ("Pierre On Crime: ‘I’ve Told The Police What I Know!’\n\nPrime Minister Philip J. Pierre spoke on Monday.\n\n"
            "At the briefing, Pierre told reporters: “I’ve told the police what I know.”")
    assert [q.speaker for q in annotate(article_from_text(text)).quotes] == ["Philip J. Pierre"] * 2
