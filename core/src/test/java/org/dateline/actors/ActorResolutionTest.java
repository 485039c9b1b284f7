package org.dateline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.dateline.model.Actor;
import org.dateline.pipeline.Document;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mentions in context and the actor each resolves to. Each case reads: on this date, in this
 * text, the mention "..." is the actor named ..., of this kind and country (and role, and sector).
 * A role of "" means the actor has none.
 */
class ActorResolutionTest {

  private static final LocalDate NOV_2025 = LocalDate.of(2025, 11, 20);
  private static final LocalDate JUN_2022 = LocalDate.of(2022, 6, 15);

  static Stream<Arguments> cases() {
    return Stream.of(
        // countries: names, short forms, adjectives, capitals used for governments
        c(NOV_2025, "Britain and France issued a statement.", "Britain", "United Kingdom", "COUNTRY", "GBR", null),
        c(NOV_2025, "U.K. officials declined to comment.", "U.K.", "United Kingdom", "COUNTRY", "GBR", null),
        c(NOV_2025, "Ukrainian officials met in Geneva.", "Ukrainian", "Ukraine", "COUNTRY", "UKR", null),
        c(NOV_2025, "Moscow rejected the proposal on Monday.", "Moscow", "Russia", "COUNTRY", "RUS", null),
        c(NOV_2025, "Kyiv said the talks were useful.", "Kyiv", "Ukraine", "COUNTRY", "UKR", null),
        c(NOV_2025, "The Kremlin said the talks were useful.", "The Kremlin", "Presidential Executive Office of Russia",
            "ORGANIZATION", "RUS", null),
        c(NOV_2025, "Washington imposed new tariffs.", "Washington", "United States", "COUNTRY", "USA", null),
        // former states keep their own names and ISO 3166-3 codes
        c(NOV_2025, "Yugoslavia broke off relations with France in 1999.", "Yugoslavia", "Yugoslavia", "COUNTRY", "YUG", null),
        c(NOV_2025, "The Soviet Union withdrew its troops in 1989.", "The Soviet Union", "Soviet Union", "COUNTRY", "SUN", null),
        c(NOV_2025, "Talks between the United States and Russia resumed.", "the United States", "United States",
            "COUNTRY", "USA", null),
        // a known name before a place's last word is part of the place's name
        c(NOV_2025, "The minister toured the Miraflores Locks on Monday.", "Miraflores Locks", "Miraflores Locks",
            "LOCATION", null, null),
        c(NOV_2025, "The senator spoke in the Rose Garden.", "Rose Garden", "Rose Garden", "LOCATION", null, null),
        // international organizations
        c(NOV_2025, "NATO allies met in Brussels.", "NATO", "North Atlantic Treaty Organization", "ORGANIZATION",
            "NATO", null),
        c(NOV_2025, "The EU extended its sanctions.", "EU", "European Union", "ORGANIZATION", "EU", null),
        // office holders, time-aware
        c(JUN_2022, "The U.S. president spoke to reporters.", "The U.S. president", "Joe Biden", "PERSON", "USA",
            "President of the United States"),
        c(NOV_2025, "The U.S. president spoke to reporters.", "The U.S. president", "Donald Trump", "PERSON", "USA",
            "President of the United States"),
        c(NOV_2025, "The Russian president warned Europe.", "The Russian president", "Vladimir Putin", "PERSON", "RUS",
            "President of Russia"),
        c(NOV_2025, "Trump said he would decide soon.", "Trump", "Donald Trump", "PERSON", "USA",
            "President of the United States"),
        // earlier holders, by the article's date
        c(LocalDate.of(1982, 5, 1), "The U.S. president spoke to reporters.", "The U.S. president", "Ronald Reagan",
            "PERSON", "USA", "President of the United States"),
        c(LocalDate.of(1988, 8, 1), "The Jordanian king spoke in Amman.", "The Jordanian king", "Hussein bin Talal",
            "PERSON", "JOR", "King of Jordan"),
        c(LocalDate.of(1990, 8, 5), "Saddam ordered more troops to the border.", "Saddam", "Saddam Hussein", "PERSON",
            "IRQ", "President of Iraq"),
        c(LocalDate.of(1987, 6, 1), "Gorbachev met the envoys in Moscow.", "Gorbachev", "Mikhail Gorbachev", "PERSON",
            "SUN", "General Secretary of the Communist Party of the Soviet Union"),
        c(LocalDate.of(1986, 4, 15), "The Libyan leader denounced the raid.", "The Libyan leader", "Muammar Gaddafi",
            "PERSON", "LBY", "Leader of the Revolution of Libya"),
        // "the leader" is the head of state only while the head of state led
        c(LocalDate.of(1985, 3, 1), "The Zimbabwean leader spoke in Harare.", "The Zimbabwean leader", "Robert Mugabe",
            "PERSON", "ZWE", "Prime Minister of Zimbabwe"),
        c(LocalDate.of(1995, 3, 1), "The Zimbabwean leader spoke in Harare.", "The Zimbabwean leader", "Robert Mugabe",
            "PERSON", "ZWE", "President of Zimbabwe"),
        c(LocalDate.of(2005, 3, 1), "The Armenian leader spoke in Yerevan.", "The Armenian leader", "Robert Kocharyan",
            "PERSON", "ARM", "President of Armenia"),
        c(LocalDate.of(2022, 3, 1), "The Armenian leader spoke in Yerevan.", "The Armenian leader", "Nikol Pashinyan",
            "PERSON", "ARM", "Prime Minister of Armenia"),
        c(LocalDate.of(1987, 6, 1), "The Sudanese leader spoke in Khartoum.", "The Sudanese leader", "Sadiq al-Mahdi",
            "PERSON", "SDN", "Prime Minister of Sudan"),
        // people introduced by a title, with the country before it
        s(NOV_2025, "Chilean Foreign Minister Ana Luisa Rojas arrived in Lima.", "Chilean Foreign Minister Ana Luisa Rojas",
            "Ana Luisa Rojas", "PERSON", "CHL", "Foreign Minister of Chile", "GOV"),
        c(NOV_2025, "U.S. Special Envoy Mark Dalton flew to Cairo.", "U.S. Special Envoy Mark Dalton", "Mark Dalton",
            "PERSON", "USA", "Special Envoy of the United States"),
        c(NOV_2025, "British Prime Minister Keir Starmer spoke to reporters.", "British Prime Minister Keir Starmer",
            "Keir Starmer", "PERSON", "GBR", "Prime Minister of the United Kingdom"),
        c(NOV_2025, "Ukraine's Defense Council Secretary Oleh Marchenko met envoys. Marchenko said progress was made.",
            "Marchenko", "Oleh Marchenko", "PERSON", "UKR", "Secretary of the Defense Council of Ukraine"),
        // later mentions: surnames, descriptions, pronouns
        c(NOV_2025, "Russian President Vladimir Putin met envoys. Putin said little.", "Putin", "Vladimir Putin",
            "PERSON", "RUS", "President of Russia"),
        c(NOV_2025, "U.S. President Donald Trump met envoys in Florida. The president said talks went well.",
            "The president", "Donald Trump", "PERSON", "USA", "President of the United States"),
        c(NOV_2025, "Keir Starmer arrived late. He said the meeting was useful.", "He", "Keir Starmer", "PERSON",
            "GBR", "Prime Minister of the United Kingdom"),
        // organizations by their shape, with their country
        c(NOV_2025, "Kenya's Coast Guard said it stopped a boat.", "Kenya's Coast Guard", "Coast Guard",
            "ORGANIZATION", "KEN", null),
        c(NOV_2025, "The French energy company Valcourt Energy signed a deal.", "Valcourt Energy",
            "Valcourt Energy", "ORGANIZATION", "FRA", null),
        c(NOV_2025, "The Coalition for Clean Water sued the ministry. The coalition said it would appeal.",
            "The coalition", "Coalition for Clean Water", "GROUP", null, null),
        // bodies named in lower case after their owner: the knowledge base's entry, or a body of the owner
        c(NOV_2025, "Japan's defense ministry said the shells fell at sea.", "Japan's defense ministry",
            "Ministry of Defense of Japan", "ORGANIZATION", "JPN", null),
        c(NOV_2025, "The Chilean foreign ministry summoned the envoy.", "Chilean foreign ministry",
            "Ministry of Foreign Affairs of Chile", "ORGANIZATION", "CHL", null),
        c(NOV_2025, "Bolivian police detained two miners.", "Bolivian police", "Bolivia", "COUNTRY", // a force acts for its state
            "BOL", null),
        c(NOV_2025, "Missiles were fired at the destroyer HMS Duncan.", "HMS Duncan", "HMS Duncan", "OTHER", // a navy's prefix: a state's vessel
            "GBR", null),
        c(NOV_2025, "Peru's presidency defended the decree.", "Peru's presidency", "Presidency of Peru",
            "ORGANIZATION", "PER", null),
        c(NOV_2025, "The Hamas-run health ministry said 12 people died.", "Hamas-run health ministry",
            "Ministry of Health of Hamas", "ORGANIZATION", "PSE", null),
        c(NOV_2025, "The Houthis' political bureau said the group would respond.", "Houthis' political bureau",
            "Political Bureau of Houthis", "ORGANIZATION", "YEM", null),
        c(NOV_2025, "The Kenya Cricket Board said the tour would go ahead.", "Kenya Cricket Board",
            "Cricket Board", "ORGANIZATION", "KEN", null),
        // groups
        c(NOV_2025, "European leaders gathered in Paris.", "European leaders", "European leaders", "GROUP", null,
            null),
        // unknown people from speech verbs and given names
        c(NOV_2025, "\"We are ready,\" said Ahmed Hassan, a spokesman for the group.", "Ahmed Hassan", "Ahmed Hassan",
            "PERSON", null, null),

        // the same title on two dates names two people
        c(JUN_2022, "The British prime minister defended the plan.", "The British prime minister", "Boris Johnson",
            "PERSON", "GBR", "Prime Minister of the United Kingdom"),
        c(NOV_2025, "The British prime minister defended the plan.", "The British prime minister", "Keir Starmer",
            "PERSON", "GBR", "Prime Minister of the United Kingdom"),
        c(JUN_2022, "The German chancellor spoke in Berlin.", "The German chancellor", "Olaf Scholz", "PERSON", "DEU",
            "Chancellor of Germany"),
        c(NOV_2025, "The German chancellor spoke in Berlin.", "The German chancellor", "Friedrich Merz", "PERSON", "DEU",
            "Chancellor of Germany"),
        c(JUN_2022, "Britain's foreign secretary flew to Kyiv.", "Britain's foreign secretary", "Liz Truss", "PERSON",
            "GBR", "Foreign Secretary of the United Kingdom"),
        c(NOV_2025, "Britain's foreign secretary flew to Kyiv.", "Britain's foreign secretary", "Yvette Cooper", "PERSON",
            "GBR", "Foreign Secretary of the United Kingdom"),
        // descriptions and metonyms
        s(NOV_2025, "The French president called for a ceasefire.", "The French president", "Emmanuel Macron",
            "PERSON", "FRA", "President of France", "GOV"),
        c(NOV_2025, "Beijing protested the sale of the jets.", "Beijing", "China", "COUNTRY", "CHN", null),
        c(NOV_2025, "The Tehran government denied the claim.", "Tehran", "Iran", "COUNTRY", "IRN", null),
        // possessive offices
        s(NOV_2025, "Macron's office said the visit was postponed.", "Macron's office",
            "Office of the President of France", "ORGANIZATION", "FRA", null, "GOV"),
        s(NOV_2025, "Ukrainian President Volodymyr Zelensky spoke by phone. Zelensky's office said the call went well.",
            "Zelensky's office", "Office of the President of Ukraine", "ORGANIZATION", "UKR", null, "GOV"),
        // pronouns and partial names of people the knowledge base does not know
        s(NOV_2025, "Kaja Kallas met the ministers. She said Europe would stay united.", "She", "Kaja Kallas", "PERSON",
            "EU", null, "IGO"),
        c(NOV_2025, "Maria Lindqvist, 34, was released on Tuesday. Lindqvist said she was treated well.", "Lindqvist",
            "Maria Lindqvist", "PERSON", null, null),
        c(NOV_2025, "Carl Houston won the race in record time. Houston said he was tired.", "Houston", "Carl Houston",
            "PERSON", null, null),
        c(NOV_2025, "U.S. President Donald Trump arrived in Cairo. Mr. Trump addressed parliament on Monday.",
            "Mr. Trump", "Donald Trump", "PERSON", "USA", "President of the United States"),
        // family name first: a later "Mr. Xi" or "Lee" is the person named in full before
        c(NOV_2025, "Chinese President Xi Jinping landed in Seoul. Mr. Xi met business leaders on Friday.",
            "Mr. Xi", "Xi Jinping", "PERSON", "CHN", "President of China"),
        c(NOV_2025, "South Korean President Lee Jae-myung spoke first. Lee urged calm.", "Lee", "Lee Jae-myung",
            "PERSON", "KOR", "President of South Korea"),
        c(NOV_2025, "Chinese envoy Wang Kelin arrived on Monday. Wang said talks would resume.", "Wang", "Wang Kelin",
            "PERSON", "CHN", "Envoy of China"),
        // a person of unknown country whose first name is no given name may be named by it alone
        c(NOV_2025, "The ferry's owner, Odua Kemmer, was questioned. Odua denied any fault.", "Odua", "Odua Kemmer",
            "PERSON", null, null),
        // a king and a president who share a name are two people
        c(NOV_2025, "King Faisal of Jordan met envoys in Amman. Later he flew to see President Omar Faisal of Egypt.",
            "President Omar Faisal", "Omar Faisal", "PERSON", "EGY", "President of Egypt"),
        // a name ending in a building's word is a place ("the Dasht Palace"), not a person
        c(NOV_2025, "Troops stormed the Qasr Palace on Friday.", "Qasr Palace", "Qasr Palace", "LOCATION", null, null),
        // a bare "Supreme Court" in a story filed from a country with one is that country's
        c(NOV_2025, "APIA, Samoa — The Supreme Court ruled on Sunday.", "Supreme Court", "Supreme Court of Samoa",
            "ORGANIZATION", "WSM", null),
        // an honorific introduces a name but is no role
        c(NOV_2025, "Ms. Annika Sorensen, a farmer, said the harvest was poor.", "Ms. Annika Sorensen",
            "Annika Sorensen", "PERSON", null, null),
        c(NOV_2025, "Striker Mateo Quiroga scored twice as his club won.", "Striker Mateo Quiroga", "Mateo Quiroga",
            "PERSON", null, "Striker"),
        c(NOV_2025, "Results of the men's 100 metres race: 1. Jonas Berglund ( Sweden ) 10.12 seconds",
            "Jonas Berglund", "Jonas Berglund", "PERSON", null, null),
        // organizations by their shape, their context, or an acronym defined in the text
        s(NOV_2025, "The Ministry of Defence said two drones were shot down.", "Ministry of Defence",
            "Ministry of Defence", "ORGANIZATION", "GBR", null, "MIL"),
        s(NOV_2025, "Shares of Norland Shipping Ltd fell after the report.", "Norland Shipping Ltd",
            "Norland Shipping Ltd", "ORGANIZATION", null, null, "BUS"),
        s(NOV_2025, "Kestrel Mining Corp said output rose.", "Kestrel Mining Corp", "Kestrel Mining Corp",
            "ORGANIZATION", null, null, "BUS"),
        s(NOV_2025, "Smith & Marlow said profits doubled.", "Smith & Marlow", "Smith & Marlow", "ORGANIZATION", null,
            null, "BUS"),
        s(NOV_2025, "The newspaper Dagens Tidning said the minister would resign.", "Dagens Tidning", "Dagens Tidning",
            "ORGANIZATION", null, null, "MED"),
        s(NOV_2025, "The National Liberation Front ( NLF ) rejected the deal. The NLF said the talks had failed.",
            "NLF", "National Liberation Front", "ORGANIZATION", null, null, "OPP"),
        c(NOV_2025, "Football results on Saturday: Ipswich 2 Norwich 1, Leeds 0 Everton 3. The league table changed.",
            "Ipswich", "Ipswich", "ORGANIZATION", "GBR", null),
        // known organizations and groups, with their sectors
        s(NOV_2025, "Houthi rebels fired a missile at a ship.", "Houthi rebels", "Houthis", "ORGANIZATION", "YEM", null,
            "OPP"),
        s(NOV_2025, "The Israeli army said it struck a launch site.", "Israeli army", "Israel Defense Forces",
            "ORGANIZATION", "ISR", null, "MIL"),
        s(NOV_2025, "Russian troops advanced near Pokrovsk.", "Russian troops", "Armed Forces of the Russian Federation",
            "ORGANIZATION", "RUS", null, "MIL"),
        s(NOV_2025, "Reuters reported the deal on Monday.", "Reuters", "Reuters", "ORGANIZATION", "GBR", null, "MED"),
        s(NOV_2025, "The U.N. Security Council met on Friday.", "U.N. Security Council", "United Nations Security Council",
            "ORGANIZATION", "UN-SC", null, "IGO"),
        // places that are not countries keep their country
        c(NOV_2025, "Talks were held in Geneva on Sunday.", "Geneva", "Geneva", "LOCATION", "CHE", null),
        s(NOV_2025, "Israeli Prime Minister Benjamin Netanyahu met Jordan's King Abdullah.", "King Abdullah",
            "Abdullah II", "PERSON", "JOR", "King of Jordan", "GOV"),

        // a bare national title takes the country the story is filed from, unless the text says otherwise
        c(NOV_2025, "MANILA, Philippines — Foreign Secretary Ana Reyes said the protest was filed.",
            "Foreign Secretary Ana Reyes", "Ana Reyes", "PERSON", "PHL", "Foreign Secretary of the Philippines"),
        c(NOV_2025, "OSLO (Reuters) - Defence Minister Per Lunde said the jets would stay.", "Defence Minister Per Lunde",
            "Per Lunde", "PERSON", "NOR", "Defence Minister of Norway"),
        c(NOV_2025, "NEW DELHI — Army chief Gen. Rajiv Mehra said the border was calm.", "Army chief Gen. Rajiv Mehra",
            "Rajiv Mehra", "PERSON", "IND", "Army Chief of India"),
        c(JUN_2022, "TOKYO (AP) — The defense minister said patrols would grow.", "The defense minister",
            "Nobuo Kishi", "PERSON", "JPN", "Defence Minister of Japan"),
        c(NOV_2025, "TOKYO (AP) — Lena Ortiz, Chile's foreign minister, arrived on Monday. Foreign Minister Ortiz met "
            + "officials.", "Foreign Minister Ortiz", "Lena Ortiz", "PERSON", "CHL", "Foreign Minister of Chile"),
        c(NOV_2025, "TOKYO — Foreign Minister Lena Ortiz of Chile arrived on Monday.", "Foreign Minister Lena Ortiz",
            "Lena Ortiz", "PERSON", "CHL", "Foreign Minister of Chile"),
        c(NOV_2025, "KYIV, Ukraine — Visiting Foreign Minister Lena Ortiz met officials.",
            "Visiting Foreign Minister Lena Ortiz", "Lena Ortiz",
            "PERSON", null, "Foreign Minister"),
        c(NOV_2025, "SEOUL (AP) — Ambassador Tom Hale met officials on Monday.", "Ambassador Tom Hale", "Tom Hale",
            "PERSON", null, "Ambassador"),
        c(NOV_2025, "TOKYO (AP) — President Lee Min-jun arrived on Monday.", "President Lee Min-jun", "Lee Min-jun",
            "PERSON", null, "President"),
        c(NOV_2025, "MOSCOW (AP) — Foreign Minister Sergey Lavrov met Foreign Minister Lena Ortiz on Monday.",
            "Foreign Minister Lena Ortiz", "Lena Ortiz", "PERSON", null, "Foreign Minister"),
        // titles in apposition, and the body a title serves gives its country
        s(NOV_2025, "\"We will not back down,\" said Rafael Dizon, a spokesman for the Philippine Coast Guard.",
            "Rafael Dizon", "Rafael Dizon", "PERSON", "PHL", "Spokesman of the Philippine Coast Guard", "MIL"),
        c(NOV_2025, "A spokeswoman for the Thai army, Col. Malee Srisuk, said troops were on alert.", "Col. Malee Srisuk",
            "Malee Srisuk", "PERSON", "THA", "Spokeswoman of the Royal Thai Armed Forces"),
        c(NOV_2025, "Anil Mehta, a spokesman for the Indian foreign ministry, said the envoy was summoned.", "Anil Mehta",
            "Anil Mehta", "PERSON", "IND", "Spokesman of the Ministry of External Affairs of India"),
        c(NOV_2025, "The Kenyan Coast Guard stopped a boat. Paul Otieno, a spokesman for the coast guard, said it "
            + "carried fuel.", "Paul Otieno", "Paul Otieno", "PERSON", "KEN", "Spokesman of the Coast Guard of Kenya"),
        s(NOV_2025, "MANILA, Philippines — Ships fired water cannon, said Rafael Dizon, a spokesman for the coast guard.",
            "Rafael Dizon", "Rafael Dizon", "PERSON", "PHL", "Spokesman of the Coast Guard of the Philippines", "MIL"),
        c(NOV_2025, "MANILA, Philippines — Lena Cruz, a spokeswoman for the company, declined to comment.", "Lena Cruz",
            "Lena Cruz", "PERSON", null, "Spokeswoman"),
        c(NOV_2025, "Kenji Arai, Japan's defense minister, said little.", "Kenji Arai", "Kenji Arai", "PERSON", "JPN",
            "Defense Minister of Japan"),
        // former office holders: the role says so, and no current holder is assigned
        c(NOV_2025, "Former President Jair Bolsonaro was charged on Monday.", "Former President Jair Bolsonaro",
            "Jair Bolsonaro", "PERSON", "BRA", "Former President of Brazil"),
        c(NOV_2025, "Former President Jair Bolsonaro was charged. The former president denied wrongdoing.",
            "The former president", "Jair Bolsonaro", "PERSON", "BRA", "Former President of Brazil"),
        c(NOV_2025, "Former President Jair Bolsonaro was charged. The Brazilian president did not comment.",
            "The Brazilian president", "Luiz Inácio Lula da Silva", "PERSON", "BRA", "President of Brazil"),
        c(JUN_2022, "Former President Trump held a rally in Ohio.", "Former President Trump", "Donald Trump", "PERSON",
            "USA", "Former President of the United States"),
        c(NOV_2025, "then-President Joe Biden signed the bill.", "then-President Joe Biden", "Joe Biden", "PERSON", "USA",
            "Former President of the United States"),
        c(NOV_2025, "Boris Johnson spoke at the conference.", "Boris Johnson", "Boris Johnson", "PERSON", "GBR",
            "Former Prime Minister of the United Kingdom"),
        c(NOV_2025, "Sheikh Hasina, the ousted prime minister, was sentenced.", "Sheikh Hasina", "Sheikh Hasina",
            "PERSON", "BGD", "Former Prime Minister of Bangladesh"),
        s(NOV_2025, "Philippine Coast Guard spokesman Rafael Dizon said the ship left.",
            "Philippine Coast Guard spokesman Rafael Dizon", "Rafael Dizon", "PERSON", "PHL",
            "Spokesman of the Philippine Coast Guard", "MIL"),
        c(NOV_2025, "Ana Ruiz, the former foreign minister, said she would run again.", "Ana Ruiz", "Ana Ruiz", "PERSON",
            null, "Former Foreign Minister"),
        c(NOV_2025, "President Trump said the talks went well.", "President Trump", "Donald Trump", "PERSON", "USA",
            "President of the United States"),
        // relatives take the person's country, and no office
        c(NOV_2025, "Former President Jair Bolsonaro was charged. His son Eduardo Bolsonaro called the case political.",
            "Eduardo Bolsonaro", "Eduardo Bolsonaro", "PERSON", "BRA", ""),
        c(NOV_2025, "Former President Jair Bolsonaro was charged. His son Eduardo Bolsonaro called it unfair. "
            + "Bolsonaro denied wrongdoing.", "Bolsonaro", "Jair Bolsonaro", "PERSON", "BRA", "Former President of Brazil"),
        c(NOV_2025, "Kenyan President William Ruto spoke. Ruto's daughter Charlene Ruto said she was proud.",
            "Charlene Ruto", "Charlene Ruto", "PERSON", "KEN", ""),
        c(NOV_2025, "Keir Starmer arrived late. His wife, Victoria Starmer, stayed in London.", "Victoria Starmer",
            "Victoria Starmer", "PERSON", "GBR", ""),
        // qualifiers stay in the role
        c(NOV_2025, "Norway's acting defence minister, Lena Voss, said the jets would stay.", "Lena Voss", "Lena Voss",
            "PERSON", "NOR", "Acting Defence Minister of Norway"),
        c(NOV_2025, "Deputy Interior Minister Omar Haddad of Jordan met the envoy.", "Deputy Interior Minister Omar Haddad",
            "Omar Haddad", "PERSON", "JOR", "Deputy Interior Minister of Jordan"),
        c(NOV_2025, "Interim Prime Minister Paul Adeyemi spoke on Friday.", "Interim Prime Minister Paul Adeyemi",
            "Paul Adeyemi", "PERSON", null, "Interim Prime Minister"),
        // a bare "Congress" or "Senate" is the body of the country the story is filed from
        s(NOV_2025, "LIMA, Peru — Congress voted on Tuesday to remove the president.", "Congress", "Congress of Peru",
            "ORGANIZATION", "PER", null, "GOV"),
        c(NOV_2025, "BUENOS AIRES, Argentina — The Senate approved the budget.", "Senate", "Senate of Argentina",
            "ORGANIZATION", "ARG", null),
        c(NOV_2025, "WASHINGTON — Congress approved the budget.", "Congress", "United States Congress", "ORGANIZATION",
            "USA", null),
        c(NOV_2025, "JAKARTA, Indonesia — The House of Representatives passed the budget.", "House of Representatives",
            "House of Representatives of Indonesia", "ORGANIZATION", "IDN", null),
        // ... and so is a bare "National Assembly", which the knowledge base gives to no one country
        s(NOV_2025, "DAKAR, Senegal — The National Assembly passed the amnesty law.", "National Assembly",
            "National Assembly of Senegal", "ORGANIZATION", "SEN", null, "GOV"),
        // a lower-case "parliament", bare or after "the", is the parliament of the story's country
        s(NOV_2025, "ACCRA, Ghana — Protesters marched on parliament on Monday.", "parliament", "Parliament of Ghana",
            "ORGANIZATION", "GHA", null, "GOV"),
        // a body's name goes on after its head word and a connector
        c(NOV_2025, "The Uganda Human Rights Commission on Civil Liberties said so.",
            "Uganda Human Rights Commission on Civil Liberties", "Human Rights Commission on Civil Liberties",
            "ORGANIZATION", "UGA", null),
        // a known body's short name inside a longer one is not that body ("Security Council" is the U.N.'s)
        c(NOV_2025, "Nigeria's High Security Council met on Monday.", "Nigeria's High Security Council",
            "High Security Council", "ORGANIZATION", "NGA", null),
        // an armed group's regional branch is an actor of its own
        c(NOV_2025, "Islamic State West Africa Province claimed the raid.", "Islamic State West Africa Province",
            "Islamic State West Africa Province", "ORGANIZATION", "NGA", null),
        c(NOV_2025, "White House chief of staff Susie Wiles declined to comment.", "White House chief of staff Susie Wiles",
            "Susie Wiles", "PERSON", "USA", "Chief of Staff of the Executive Office of the President of the United States"),
        // a country named right after a person's name is the person's
        c(NOV_2025, "Tomas Varga of Slovakia and Ilse Brandt of Austria signed the charter.", "Tomas Varga",
            "Tomas Varga", "PERSON", "SVK", null),
        // a one-word alias of a known body that a longer name goes on from is that longer name
        c(NOV_2025, "A Commission on Truth and Justice will be formed.", "Commission on Truth and Justice",
            "Commission on Truth and Justice", "ORGANIZATION", null, null),
        // a title serving a country's force, in apposition to the name after it
        c(NOV_2025, "The commander of the French battalion, Gen. Paul Moreau, told reporters the patrols would go on.",
            "Gen. Paul Moreau", "Paul Moreau", "PERSON", "FRA", "Commander of France"));
  }

  /** A case that also checks the actor's sector (GOV, MIL, OPP, MED, BUS, IGO, ...). */
  private static Arguments s(LocalDate date, String text, String mention, String name, String kind, String country,
      String role, String sector) {
    return Arguments.of(date, text, mention, name, kind, country, role, sector);
  }

  private static Arguments c(LocalDate date, String text, String mention, String name, String kind, String country,
      String role) {
    return Arguments.of(date, text, mention, name, kind, country, role, null);
  }

  @org.junit.jupiter.api.Test
  void aSurnameOpeningASentenceIsANameWhateverItsTag() {
    // the tagger takes the unknown word opening the sentence for an adverb
    Document d = Pipelines4Test.annotate("Foreign Minister Lulama Ndwandwe spoke on Monday.\n\n"
        + "Ndwandwe told reporters the talks had failed.", NOV_2025);
    assertThat(Pipelines4Test.actorMentionedAs(d, "Ndwandwe")).map(Actor::name).contains("Lulama Ndwandwe");
  }

  @org.junit.jupiter.api.Test
  void aSurnameSharedByTwoIsTheStorysPersonOnceTheOtherIsNoLongerTold() {
    Document d = Pipelines4Test.annotate("Former President Carlos Mendoza was arrested on Monday. Mendoza denied the charges. "
        + "Mendoza's lawyers appealed.\n\nHis son, Senator Luis Mendoza, called the arrest political.\n\n"
        + "Mendoza led the country from 2010 to 2016.", NOV_2025);
    Actor father = Pipelines4Test.actorMentionedAs(d, "Former President Carlos Mendoza").orElseThrow();
    assertThat(father.mentions()).extracting(m -> m.start()).contains(d.text().lastIndexOf("Mendoza led"));
  }

  @org.junit.jupiter.api.Test
  void aNameRunsOnThroughParticlesGluedByHyphens() {
    // "Basra" after "al-" is a part of the name, not the city
    Document d = Pipelines4Test.annotate("Oman's envoy, Sheikh Khalid al-Hamad al-Basra, arrived on Monday.", NOV_2025);
    assertThat(d.actors()).extracting(Actor::name).contains("Khalid al-Hamad al-Basra").doesNotContain("Basra");
  }

  @org.junit.jupiter.api.Test
  void aThingsNameKeepsItsAnd() {
    Document d = Pipelines4Test.annotate("Panama will leave the Belt and Road Initiative, the president said.", NOV_2025);
    assertThat(d.actors()).extracting(Actor::name).doesNotContain("Road Initiative", "Belt");
  }

  @ParameterizedTest(name = "{2} in \"{1}\"")
  @MethodSource("cases")
  void resolves(LocalDate date, String text, String mention, String name, String kind, String country, String role,
      String sector) {
    Document d = Pipelines4Test.annotate(text, date);
    Actor a = Pipelines4Test.actorMentionedAs(d, mention).orElseThrow(
        () -> new AssertionError("no actor mentioned as \"" + mention + "\" in " + d.actors()));
    assertThat(a.name()).isEqualTo(name);
    assertThat(a.kind().name()).isEqualTo(kind);
    assertThat(a.country()).isEqualTo(country);
    if (role != null && role.isEmpty()) {
      assertThat(a.role()).isNull();
    } else if (role != null) {
      assertThat(a.role()).isEqualTo(role);
    }
    if (sector != null) {
      assertThat(a.sector()).isEqualTo(sector);
    }
  }
}
