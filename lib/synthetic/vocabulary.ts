// Word lists for synthetic data that reads like the real thing.

/** Countries that hold many bilateral dialogues, with a city to meet in. */
export const CAPITALS: Record<string, string[]> = {
  US: ["Washington", "New York"], IN: ["New Delhi", "Mumbai"], JP: ["Tokyo"], AU: ["Canberra", "Sydney"], GB: ["London"],
  FR: ["Paris"], DE: ["Berlin"], CN: ["Beijing"], RU: ["Moscow"], BR: ["Brasília"], ZA: ["Pretoria"], MX: ["Mexico City"],
  CA: ["Ottawa"], KR: ["Seoul"], ID: ["Jakarta"], SA: ["Riyadh"], AE: ["Abu Dhabi"], SG: ["Singapore"], IL: ["Jerusalem"],
  EG: ["Cairo"], NG: ["Abuja"], KE: ["Nairobi"], TR: ["Ankara"], IT: ["Rome"], ES: ["Madrid"], PL: ["Warsaw"],
  NL: ["The Hague"], VN: ["Hanoi"], PH: ["Manila"], BD: ["Dhaka"], LK: ["Colombo"], NP: ["Kathmandu"], PK: ["Islamabad"],
  AR: ["Buenos Aires"], CL: ["Santiago"], CO: ["Bogotá"], SV: ["San Salvador"], UA: ["Kyiv"], SE: ["Stockholm"], NO: ["Oslo"],
};
export const COUNTRY_POOL = Object.keys(CAPITALS);

export const MECHANISMS = [
  "Homeland Security Dialogue", "Strategic Dialogue", "Counter-Terrorism Joint Working Group", "2+2 Ministerial Dialogue",
  "Cyber Dialogue", "Security Dialogue", "Joint Working Group on Narcotics", "Consular Dialogue", "Defence Policy Dialogue",
  "Maritime Security Dialogue", "Migration and Mobility Dialogue", "Law Enforcement Working Group", "Trade Policy Forum",
  "Space Dialogue", "Critical and Emerging Technology Dialogue", "Energy Dialogue",
];

export const LEVEL_MEETING: Record<string, string> = {
  LEADERS: "summit", MINISTERIAL: "ministerial meeting", SENIOR_OFFICIALS: "senior officials' meeting",
  WORKING_GROUP: "working group meeting", EXPERT: "expert-level talks", TRACK_1_5: "track 1.5 dialogue", TRACK_2: "track 2 dialogue",
};

export const EXTRA_TOPICS: { slug: string; name: string; synonyms: string[]; parent?: string }[] = [
  { slug: "maritime-security", name: "Maritime security", synonyms: ["naval cooperation", "sea lanes"] },
  { slug: "counter-piracy", name: "Counter-piracy", synonyms: ["piracy"], parent: "maritime-security" },
  { slug: "illegal-fishing", name: "Illegal fishing", synonyms: ["IUU fishing"], parent: "maritime-security" },
  { slug: "defence-cooperation", name: "Defence cooperation", synonyms: ["military cooperation"] },
  { slug: "defence-industry", name: "Defence industrial cooperation", synonyms: ["co-production", "arms"], parent: "defence-cooperation" },
  { slug: "critical-technologies", name: "Critical and emerging technologies", synonyms: ["iCET", "emerging tech"] },
  { slug: "semiconductors", name: "Semiconductors", synonyms: ["chips"], parent: "critical-technologies" },
  { slug: "artificial-intelligence", name: "Artificial intelligence", synonyms: ["AI"], parent: "critical-technologies" },
  { slug: "space-cooperation", name: "Space cooperation", synonyms: ["space"] },
  { slug: "energy-security", name: "Energy security", synonyms: ["energy"] },
  { slug: "critical-minerals", name: "Critical minerals", synonyms: ["rare earths"], parent: "energy-security" },
  { slug: "health-security", name: "Health security", synonyms: ["pandemic preparedness"] },
  { slug: "non-proliferation", name: "Non-proliferation", synonyms: ["nuclear security", "WMD"] },
  { slug: "border-management", name: "Border management", synonyms: ["border security"] },
  { slug: "mutual-legal-assistance", name: "Mutual legal assistance", synonyms: ["MLAT", "extradition"] },
  { slug: "disaster-relief", name: "Humanitarian assistance and disaster relief", synonyms: ["HADR"] },
  { slug: "trade-facilitation", name: "Trade facilitation", synonyms: ["customs cooperation"] },
];

export const AGREEMENT_SUBJECTS = [
  "Law Enforcement Training", "Countering Narcotics Trafficking", "Cyber Security Cooperation", "Information Sharing on Terrorist Screening",
  "Maritime Domain Awareness", "Mutual Legal Assistance in Criminal Matters", "Extradition", "Combating Money Laundering",
  "Cooperation in Space Research", "Critical Minerals Supply Chains", "Disaster Management", "Customs Cooperation",
  "Migration and Mobility Partnership", "Exchange of Classified Information", "Health Security Cooperation",
  "Defence Industrial Cooperation", "Countering Human Trafficking", "Semiconductor Supply Chain", "Civil Nuclear Cooperation",
];

export const OUTCOME_TEMPLATES: { kind: string; text: string }[] = [
  { kind: "DISCUSSION", text: "Reviewed cooperation on {topic} and discussed next steps." },
  { kind: "DISCUSSION", text: "Exchanged assessments of regional developments bearing on {topic}." },
  { kind: "COMMITMENT", text: "Committed to deepen information sharing on {topic}." },
  { kind: "COMMITMENT", text: "Agreed to convene the working group on {topic} before the next round." },
  { kind: "DECISION", text: "Decided to establish a sub-group on {topic}." },
  { kind: "STATEMENT", text: "Reaffirmed their shared commitment to cooperation on {topic}." },
  { kind: "NEXT_STEP", text: "Officials to finalise a framework on {topic}." },
  { kind: "AGREEMENT_SIGNED", text: "Signed an instrument on {topic}." },
];

export const FIRST_NAMES = ["Anita", "Rahul", "Priya", "Vikram", "Sarah", "Michael", "Emily", "David", "Yuki", "Hiroshi", "Li", "Wei", "Olga", "Dmitri", "Ana", "Carlos", "Fatima", "Omar", "Grace", "Samuel", "Claire", "Pierre", "Ingrid", "Lars", "Amara", "Kwame", "Mei", "Jun", "Sofia", "Mateo"];
export const LAST_NAMES = ["Sharma", "Gupta", "Iyer", "Singh", "Johnson", "Miller", "Nguyen", "Tanaka", "Sato", "Zhang", "Wang", "Ivanova", "Petrov", "García", "López", "Hassan", "Ali", "Okafor", "Mensah", "Dubois", "Martin", "Larsen", "Berg", "Kim", "Park", "Rossi", "Novak", "Kowalski", "Silva", "O'Brien"];
export const TITLES = ["Home Secretary", "Deputy Secretary", "Under Secretary", "Joint Secretary", "Director General", "Assistant Secretary", "Ambassador", "Minister", "Deputy Minister", "Special Envoy", "Director"];
export const ORGANISATION_TYPES: { kind: string; name: string; acronym: string }[] = [
  { kind: "MINISTRY", name: "Ministry of Foreign Affairs", acronym: "MFA" },
  { kind: "MINISTRY", name: "Ministry of Interior", acronym: "MOI" },
  { kind: "MINISTRY", name: "Ministry of Defence", acronym: "MOD" },
  { kind: "AGENCY", name: "National Investigation Agency", acronym: "NIA" },
  { kind: "LAW_ENFORCEMENT", name: "National Police", acronym: "NP" },
  { kind: "AGENCY", name: "Narcotics Control Bureau", acronym: "NCB" },
  { kind: "AGENCY", name: "Computer Emergency Response Team", acronym: "CERT" },
  { kind: "ACADEMY", name: "National Police Academy", acronym: "NPA" },
  { kind: "AGENCY", name: "Financial Intelligence Unit", acronym: "FIU" },
  { kind: "THINK_TANK", name: "Institute for Strategic Studies", acronym: "ISS" },
];
