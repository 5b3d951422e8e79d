// Writes a corpus of N valid reports for benchmarks, deterministically (seeded), with a vocabulary that keeps growing
// with the archive, as a real one does: each paper is written from phrase templates (purpose, recommendations,
// corporate implications, supporting information, risks, equalities ...) filled with the names a council's papers
// carry, most of them generated from syllables: people, places, streets, schemes, organisations, systems and other
// invented but plausible words. Names are drawn from growing pools (a Chinese-restaurant process: a name already used
// is picked in proportion to how often it has been used, and a new one is made with a probability that falls slowly
// as the pool grows), so common names recur across the archive and new ones keep appearing: 10,000 papers carry
// a few hundred thousand distinct words. The papers follow the demo papers' two report types (numbered sections
// 1.0-9.0 for the Policy and Performance Boards and the Executive Board, one run of numbered paragraphs under the
// corporate-implication headings for the Overview and Scrutiny committees), so they validate without findings; about
// a third are quarterly performance reports, most of which carry an indicator table (Indicator | Target | Actual |
// Status, 5 to 30 rows) whose indicators are in the catalogue it writes (content/indicators/); about 2% are exempt. Meetings run from 2010 to 2025, several papers to a meeting.
// Also copies the demo boards, types and site settings. With --hugo it also writes the same corpus as a Hugo site
// (OUT_DIR/hugo) with equivalent minimal templates: a page per report, per board, per meeting, per quarter and per
// ward, and a home page of the latest papers. At the end it prints (to stderr) the number of distinct words in the
// reports' text, split and folded as the search index does (case and accents folded, possessive 's dropped).
// Usage: node tests/bench/make-corpus.mjs N OUT_DIR [--hugo] [--seed S]
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1] === "--seed"));
const [count = "1000", out = "/tmp/committee-corpus"] = positional;
const n = Number(count);
const hugo = flag("--hugo");
let seed = Number(option("--seed", "7")) >>> 0;
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

// mulberry32: a small seeded generator, so the same N and seed always give the same corpus.
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s) => s.trim().split(/\s+/);
const most = (list) => (list.length > 1 ? list.slice(0, -1) : list);
const listOf = (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
const distinct = (make, howMany) => {
  const chosen = new Set();
  for (let tries = 0; chosen.size < howMany && tries < howMany * 20; tries++) chosen.add(make());
  return [...chosen];
};

// ---- Invented words, from syllables ------------------------------------------------------------------------------
const onsets = words("b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s sc sh sk sl sm sn sp st str sw t th tr tw v w wh y");
const vowels = words("a e i o u a e i o ai ea ee oo ou ay ie oa");
const codas = ["", "", "", "n", "r", "l", "m", "s", "th", "ck", "nd", "rd", "st", "ll", "nt", "ng", "sh", "rn", "lt", "x"];
const syllable = () => pick(onsets) + pick(vowels) + pick(codas);
const stem = (syllables) => Array.from({ length: syllables }, syllable).join("").replace(/(.)\1\1+/g, "$1$1");

const placeEnds = words("ton ley ford field by ham wick worth bury stead mouth combe thorpe hurst well bridge dale more stow cote wood borough don minster caster chester holme ness haven");
const surnameEnds = ["son", "ley", "ton", "well", "wood", "er", "ford", "by", "ham", "man", "worth", "s", "", "ington", "ard", "ett", "ock", "field", "more", "bury"];
const firstNames = words(`Aisha Alan Alex Amara Amir Andrew Anna Ayesha Ben Bethan Carl Caroline Chloe Claire Daniel David Deborah
  Dylan Eilidh Elena Emma Fatima Fiona Gareth Grace Hannah Harry Hassan Helen Ian Imran Isla James Jane Jasmine Jenny Joanne
  John Jordan Karen Kate Kieran Laura Leah Lee Liam Lucy Mark Martin Megan Mohammed Nadia Naomi Neil Nicola Oliver Owen Paul
  Priya Rachel Rajesh Rebecca Rhys Richard Robert Ruth Ryan Samira Sarah Sean Simon Sophie Stephen Susan Tariq Thomas Tom
  Tomasz Usha Victoria Wei William Yasmin Zara Zoe Aled Bronwen Ceri Dafydd Ffion Gwen Iwan Ngozi Chidi Oluwaseun Kwame`);
const surnames = words(`Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White
  Roberts Green Hall Wood Jackson Clarke Khan Hughes Edwards Turner Hill Moore Lewis Harris Ahmed Begum Kaur Singh Murphy
  O'Connor Kowalski Nowak Okafor Mensah Chen Nguyen Rahman Hussain Ali Desai Shah Whitfield Marsh Lambert Fletcher Holloway`);
const makePlaceName = () => {
  const base = capital(stem(chance(0.7) ? 1 : 2)) + pick(placeEnds);
  const r = random();
  if (r < 0.08) return `${pick(["Upper", "Lower", "North", "South", "East", "West", "Great", "Little", "Old", "New"])} ${base}`;
  if (r < 0.14) return `${base} ${pick(["Green", "Vale", "Heath", "Common", "Park", "Moor", "Cross", "Marsh", "End"])}`;
  return base;
};
const makeSurname = () => (chance(0.1) ? pick(surnames) : capital(stem(chance(0.75) ? 1 : 2)) + pick(surnameEnds));
const makeFirstName = () => (chance(0.85) ? pick(firstNames) : capital(stem(2)) + pick(["a", "ia", "on", "el", "ie", "", "an"]));
// Invented common words: new technical terms, local usages, product and system names.
const makeTerm = () => stem(int(2, 3)) + pick(["ation", "ment", "ing", "ity", "ism", "er", "ance", "ology", "", "", "", "al", "ure"]);

// ---- Growing pools ----------------------------------------------------------------------------------------------
// Pitman-Yor style: a new name with probability (theta + d*K) / (theta + n) after n draws giving K names, otherwise a
// name already drawn, in proportion to how often it has been drawn (a uniform pick from the draws so far).
class Pool {
  constructor(make, theta, d) { Object.assign(this, { make, theta, d, names: [], draws: [], seen: new Set() }); }
  draw() {
    const k = this.names.length, m = this.draws.length;
    if (m === 0 || random() < (this.theta + this.d * k) / (this.theta + m)) {
      let name;
      for (let tries = 0; tries < 20 && (name === undefined || this.seen.has(name)); tries++) name = this.make();
      if (!this.seen.has(name)) { this.seen.add(name); this.names.push(name); this.draws.push(name); return name; }
    }
    const name = this.draws[Math.floor(random() * m)];
    this.draws.push(name);
    return name;
  }
}
const placePool = new Pool(makePlaceName, 2000, 0.92);
const surnamePool = new Pool(makeSurname, 3000, 0.93);
const termPool = new Pool(makeTerm, 4000, 0.95);
const orgKinds = ["Housing Association", "Community Trust", "Partnership", "Limited", "Holdings Limited", "Academy Trust",
  "Primary School", "Medical Practice", "Tenants' Association", "Credit Union", "Youth Club", "Food Bank", "Rugby Club",
  "Community Centre", "Development Trust", "Residents' Association", "Surgery", "Nursery", "High School", "Allotment Society",
  "Civic Society", "Carers' Centre", "Cricket Club", "Methodist Church", "Mosque", "Baptist Church", "Scouts", "Arts Centre"];
const orgPool = new Pool(() => `${chance(0.5) ? placePool.draw() : surnamePool.draw()} ${pick(orgKinds)}`, 1000, 0.85);
const streetKinds = words("Road Street Lane Avenue Close Way Crescent Drive Terrace Gardens Walk Row Place Hill Parade Court Square Mews Grove");
const streetPool = new Pool(() => `${chance(0.5) ? placePool.draw() : surnamePool.draw()} ${pick(streetKinds)}`, 2000, 0.9);
const premisesPool = new Pool(() => `The ${chance(0.5) ? capital(stem(int(1, 2))) : surnamePool.draw()} ${pick(["Arms", "Tavern", "Inn", "Lounge", "Kitchen", "Bar", "Café", "Store", "Mini Market", "Takeaway", "Social Club", "Hotel"])}`, 500, 0.85);
const schoolPool = new Pool(() => `${chance(0.6) ? placePool.draw() : surnamePool.draw()} ${pick(["Primary School", "Academy", "Infant School", "Junior School", "Church of England Primary School", "High School", "Catholic Primary School", "Nursery School"])}`, 300, 0.7);
const schemeNouns = ["Gateway", "Quarter", "Link Road", "Renewal", "Connect", "Works", "Green Corridor", "Waterfront",
  "Hub", "Boulevard", "Flood Alleviation Scheme", "Active Travel Route", "Masterplan", "Village", "Heritage Project",
  "Housing Zone", "Bus Priority Scheme", "Cycleway", "Park Improvements", "Estate Regeneration"];
const schemePool = new Pool(() => (chance(0.2) ? `Project ${capital(makeTerm())}` : `${placePool.draw()} ${pick(schemeNouns)}`), 100, 0.6);
const systemPool = new Pool(() => `${capital(stem(2))}${pick(["", "", "Pro", "360", "Connect", "ware", "ix"])}`, 50, 0.5);

// ---- The demo site: boards, types, wards ------------------------------------------------------------------------
const settings = fs.readFileSync(path.join(repo, "site-src", "site.yml"), "utf8");
const wards = [...settings.matchAll(/^  - id: (.+)\n    name: (.+)$/gm)].map((m) => ({ id: m[1].trim(), name: m[2].trim() }));
const startMonth = Number(/^financial_year_start: (\d+)/m.exec(settings)?.[1] ?? 4);
const boardFiles = fs.readdirSync(path.join(repo, "content", "boards")).filter((f) => f.endsWith(".yml")).sort();
const boards = boardFiles.map((f) => {
  const text = fs.readFileSync(path.join(repo, "content", "boards", f), "utf8");
  return { id: f.replace(/\.yml$/, ""), name: /^name: (.+)$/m.exec(text)[1].trim(), type: /^type: (.+)$/m.exec(text)[1].trim() };
});
const boardNames = Object.fromEntries(boards.map((b) => [b.id, b.name]));

fs.rmSync(out, { recursive: true, force: true });
for (const folder of ["boards", "types"]) {
  fs.cpSync(path.join(repo, "content", folder), path.join(out, "content", folder), { recursive: true });
}
fs.cpSync(path.join(repo, "site-src"), path.join(out, "site-src"), {
  recursive: true, filter: (p) => !p.includes("node_modules"),
});
// The front-end packages are large; link them rather than copy (the build copies two files from them).
const modules = path.join(repo, "site-src", "node_modules");
if (fs.existsSync(modules)) fs.symlinkSync(modules, path.join(out, "site-src", "node_modules"));

// ---- Dates and periods ------------------------------------------------------------------------------------------
const iso = (d) => d.toISOString().slice(0, 10);
const months = words("January February March April May June July August September October November December");
const longDate = (d) => `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const quarterOf = (date) => {
  const month = date.getUTCMonth() + 1;
  const offset = (month - startMonth + 12) % 12;
  const startYear = date.getUTCFullYear() - (month < startMonth ? 1 : 0);
  return { startYear, quarter: Math.floor(offset / 3) + 1 };
};
const quarterKey = ({ startYear, quarter }) => `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}-q${quarter}`;
const yearLabel = (startYear) => `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
// The quarter before the one a meeting falls in: the period a performance report at that meeting covers.
const previousQuarter = (date) => {
  const q = quarterOf(date);
  return q.quarter === 1 ? { startYear: q.startYear - 1, quarter: 4 } : { startYear: q.startYear, quarter: q.quarter - 1 };
};
const quarterSpan = ({ startYear, quarter }) => {
  const from = new Date(Date.UTC(startYear, startMonth - 1 + 3 * (quarter - 1), 1));
  const to = new Date(Date.UTC(startYear, startMonth - 1 + 3 * quarter, 0));
  return `${longDate(from).replace(/ \d{4}$/, "")} to ${longDate(to)}`;
};
const ordinals = ["first", "second", "third", "fourth"];

// Meetings: each board meets on evenly spread dates from January 2010 to December 2025, about six papers a meeting.
const first = Date.UTC(2010, 0, 12), last = Date.UTC(2025, 11, 9);
const meetingsPerBoard = Math.max(1, Math.ceil(n / boards.length / 6));
const meetingDate = (boardIndex, k) => {
  const day = first + Math.floor(((k + boardIndex / boards.length) * (last - first)) / meetingsPerBoard / 86400000) * 86400000;
  const d = new Date(day);
  const weekday = d.getUTCDay(); // move weekends to the Monday after
  return new Date(day + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0) * 86400000);
};

// ---- Numbers ----------------------------------------------------------------------------------------------------
const thousands = (x) => x.toLocaleString("en-GB");
const money = () => {
  const r = random();
  if (r < 0.4) return `£${thousands(int(2, 950) * 1000)}`;
  if (r < 0.8) return `£${(int(11, 990) / 100).toFixed(2)} million`;
  return `£${thousands(int(500, 99000))}`;
};
const pct = () => `${int(2, 98)}%`;
const quantity = () => thousands(chance(0.6) ? int(3, 400) : int(400, 25000));
const reference = () => `${int(10, 25)}/${String(int(0, 9999)).padStart(5, "0")}/${pick(["FUL", "OUT", "REM", "LBC", "HOU", "TPO"])}`;

// ---- One paper's cast ------------------------------------------------------------------------------------------
const jobTitles = ["Service Manager", "Head of Service", "Team Leader", "Principal Officer", "Programme Manager", "Policy Officer",
  "Project Officer", "Senior Engineer", "Commissioning Manager", "Strategic Lead", "Performance Manager", "Operations Manager",
  "Partnership Officer", "Contracts Manager", "Development Manager", "Senior Practitioner", "Group Manager"];
const makePerson = () => ({ first: makeFirstName(), last: surnamePool.draw() });
const personName = (p) => `${p.first} ${p.last}`;
const email = (p) => `${p.first}.${p.last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "") + "@eastmere.example";

// ---- Board topics -----------------------------------------------------------------------------------------------
// Each topic: titles (with {place}, {scheme}, {ward}, {term}, {system}), the service, and sentences only it uses.
const topics = {
  children: {
    officer: ["Director of Children's Services", "Director of Education and Inclusion", "Strategic Director, People"],
    portfolio: ["Children and Young People", "Education and Skills"],
    service: "children's services",
    items: [
      { title: "School places in {place} and {place2}", subject: "school place planning in {place}" },
      { title: "Expansion of {org}", subject: "the proposed expansion of {org}" },
      { title: "Children in care sufficiency: {place}", subject: "local placements for children in care" },
      { title: "Early help in {ward}", subject: "early help for families in {ward}" },
      { title: "Special educational needs transport review", subject: "home to school transport for pupils with special educational needs" },
      { title: "Youth provision at {org}", subject: "youth provision in {place}" },
      { title: "The {term} approach to family support", subject: "the {term} approach to family support" },
      { title: "Foster carer recruitment and the {system} system", subject: "foster carer recruitment" },
      { title: "School attendance in {ward} and {ward2}", subject: "school attendance in {ward}" },
      { title: "Childcare sufficiency assessment for {place}", subject: "childcare sufficiency" },
    ],
    sentences: [
      "Applications for reception places at {org} rose to {count} this year, against {count} places available.",
      "The {term} model was first tested with families living near {street} and {street2}.",
      "Social workers in the {place} locality team carried an average caseload of {small} children at the end of {month}.",
      "{person} told the review panel that families valued having one named worker rather than several.",
      "The number of children in care placed more than twenty miles from home was {count}, of whom {small} were placed with {org}.",
      "Headteachers in {place} have agreed a shared protocol for pupils at risk of exclusion, known locally as the {term} protocol.",
      "Education, health and care plans issued within twenty weeks reached {pct}, compared with a national average of {pct2}.",
      "The new case management system, {system}, went live in {month} and replaced three older databases.",
    ],
    indicators: ["Single assessments completed within 45 working days", "Child protection visits within timescale",
      "Re-referrals to children's social care within 12 months", "Education, health and care plans issued within 20 weeks",
      "Persistent absence, primary schools", "Persistent absence, secondary schools", "Care leavers in education, employment or training",
      "Children in care with three or more placements", "Early help episodes closed with needs met", "Take-up of funded places for two-year-olds",
      "Children in care living within 20 miles of home", "Suspensions per 100 secondary pupils", "Foster carers approved in the year",
      "First-time entrants to the youth justice system", "Young people aged 16 and 17 not in education, employment or training",
      "Return interviews offered to children missing from care", "Initial health assessments within 20 working days"],
  },
  environment: {
    officer: ["Director of Environment and Regeneration", "Director of Place", "Director of Regeneration and Growth"],
    portfolio: ["Environment and Climate", "Regeneration and Growth", "Transport and Highways"],
    service: "environment and regeneration services",
    items: [
      { title: "{scheme}: progress report", subject: "the {scheme}" },
      { title: "Fly-tipping enforcement in {ward}", subject: "fly-tipping enforcement in {ward}" },
      { title: "Highways maintenance programme: {street}", subject: "the highways maintenance programme" },
      { title: "Local flood risk in {place}", subject: "flood risk management in {place}" },
      { title: "Recycling contract options and the {term} trial", subject: "the future of the recycling service" },
      { title: "Tree planting on {street} and in {place}", subject: "the council's tree planting programme" },
      { title: "Air quality management area at {place}", subject: "air quality on {street}" },
      { title: "Car parking charges in {place} town centre", subject: "car parking in {place}" },
      { title: "Allotments review: {org}", subject: "allotment provision" },
      { title: "Street lighting conversion and the {system} platform", subject: "street lighting" },
    ],
    sentences: [
      "Fly-tipping reports on {street} and {street2} fell by {pct} after cameras were installed.",
      "The {scheme} has reached the detailed design stage, and planning application {ref} was submitted in {month}.",
      "Surface water flooding affected {small} properties in {place} during the storms of {month}.",
      "{org} has offered to manage the new green space at {street} for an initial period of five years.",
      "Contamination in the recycling collected from {place} was {pct}, the highest in the borough.",
      "The {term} trial collected food waste separately from {count} households in {ward}.",
      "Works on {street} will be carried out overnight to reduce disruption to businesses in {place}.",
      "Monitoring at the {place} diffusion tube site recorded an annual mean of {small} micrograms of nitrogen dioxide.",
      "The asset data held in {system} show {count} street lights still to be converted to LED lanterns.",
    ],
    indicators: ["Household waste sent for reuse, recycling or composting", "Residual household waste per household (kg)",
      "Fly-tipping incidents removed within two working days", "Category 1 highway defects repaired within 24 hours",
      "Carriageway resurfacing (square metres)", "Footway schemes completed", "Major planning applications decided in 13 weeks",
      "Minor planning applications decided in 8 weeks", "Street lights converted to LED", "Missed bin collections per 100,000",
      "Land and highways assessed as having unacceptable litter", "Trees planted", "Contamination in dry recycling",
      "Streetworks permits processed on time", "Potholes repaired", "Planning appeals allowed"],
  },
  executive: {
    officer: ["Director of Finance", "Chief Executive", "Director of Regeneration and Growth", "Director of Resources"],
    portfolio: ["Resources", "Regeneration and Growth", "Leader of the Council"],
    service: "the council's services",
    items: [
      { title: "Revenue budget monitoring", subject: "the revenue budget" },
      { title: "Capital programme monitoring", subject: "the capital programme" },
      { title: "{scheme}: business case", subject: "the {scheme}" },
      { title: "Disposal of land at {street}, {place}", subject: "the disposal of land at {street}" },
      { title: "Contract award: {term} services", subject: "the procurement of {term} services" },
      { title: "Treasury management strategy", subject: "treasury management" },
      { title: "Grant funding agreement with {org}", subject: "the grant agreement with {org}" },
      { title: "Council tax support scheme review", subject: "the council tax support scheme" },
      { title: "Replacement of the {system} finance system", subject: "the replacement of the finance system" },
      { title: "Acquisition of {org} premises in {place}", subject: "the proposed acquisition in {place}" },
    ],
    sentences: [
      "The forecast outturn is an overspend of {money}, mainly in adult social care and home to school transport.",
      "The {scheme} is estimated to cost {money}, of which {money2} would come from external grant.",
      "{org} has agreed heads of terms for a lease of the ground floor at {street}.",
      "The tender attracted {small} bids; the highest-scoring bid came from {org}.",
      "Borrowing for the {place} depot is expected to cost {money} a year in interest and repayment.",
      "An independent valuation of the site at {street}, {place}, was carried out by {person} of {org}.",
      "The {system} contract ends in {month} and cannot be extended further under the council's contract procedure rules.",
      "Savings of {money} have been identified through the {term} programme, against a target of {money2}.",
    ],
    indicators: ["Council tax collected in year", "Business rates collected in year", "Invoices paid within 30 days",
      "Savings delivered against plan", "Capital spend against budget", "Sickness absence days per employee",
      "Freedom of information requests answered within 20 working days", "Complaints resolved at stage one",
      "Calls answered within two minutes", "Housing benefit new claims processed (days)", "Agency staff spend",
      "Digital transactions as a share of all transactions", "Apprenticeship starts", "Debt over 90 days old"],
  },
  safer: {
    officer: ["Director of Communities and Public Protection", "Head of Community Safety", "Director of Public Health"],
    portfolio: ["Community Safety", "Communities and Neighbourhoods", "Health and Wellbeing"],
    service: "community safety, environmental health and licensing",
    items: [
      { title: "Anti-social behaviour in {ward}", subject: "anti-social behaviour in {ward}" },
      { title: "Public spaces protection order: {place}", subject: "the proposed public spaces protection order for {place}" },
      { title: "CCTV network upgrade in {place}", subject: "the CCTV network" },
      { title: "Domestic abuse services and the {term} pathway", subject: "domestic abuse services" },
      { title: "Statement of licensing policy: cumulative impact in {place}", subject: "licensing in {place}" },
      { title: "Food hygiene inspections and the {system} system", subject: "food hygiene inspections" },
      { title: "Selective licensing of private rented homes in {ward}", subject: "private rented housing in {ward}" },
      { title: "Safer streets funding for {street}", subject: "the safer streets project on {street}" },
      { title: "Hate crime reporting centres at {org}", subject: "hate crime reporting" },
      { title: "Trading standards: doorstep crime in {place}", subject: "doorstep crime" },
    ],
    sentences: [
      "Police recorded {count} incidents of anti-social behaviour in {ward} over the year, {pct} fewer than the year before.",
      "Wardens patrolled {street} and the area around {org} on Friday and Saturday evenings throughout {month}.",
      "The {term} pathway gives victims a single point of contact from first report to court.",
      "Inspectors found {small} premises in {place} with a food hygiene rating of one or zero.",
      "{person}, chair of {org}, described the effect of the new lighting on {street} as a real improvement.",
      "Landlords of {count} properties in {ward} have applied for a licence under the scheme.",
      "The cameras on {street} are monitored from the control room at the Civic Centre and recorded on the {system} platform.",
      "Two premises licences in {place} were reviewed at the request of the police after incidents of serious violence.",
    ],
    indicators: ["Anti-social behaviour incidents reported to police", "Repeat cases at the domestic abuse risk conference",
      "High-risk food premises inspected when due", "Noise complaints responded to within two working days",
      "Licence applications processed within statutory timescales", "Accidental dwelling fires",
      "Hate incidents reported", "Fixed penalty notices issued for environmental crime", "Private rented homes inspected",
      "Trading standards complaints resolved", "Victims of domestic abuse supported by the advocacy service",
      "Taxi drivers' licences renewed on time", "Test purchases of age-restricted products refused"],
  },
};
const boardTopics = { "childrens-osc": "children", "childrens-ppb": "children", "environment-osc": "environment",
  "executive-board": "executive", "safer-ppb": "safer" };

// A schedule: the list of streets, schools, premises, sites or consultees a paper carries, 5 to 30 of them.
const schedules = {
  children: () => ["The schools taking part are:", () => `${schoolPool.draw()}, ${placePool.draw()} (${int(60, 1400)} pupils)`],
  environment: () => ["The schemes in this year's programme are:", () => `${streetPool.draw()}, ${placePool.draw()}: ${pick(["carriageway resurfacing", "footway reconstruction", "surface dressing", "drainage repairs", "kerb replacement", "street lighting"])} (${money()})`],
  executive: () => ["The sites in the disposals programme are:", () => `Land at ${streetPool.draw()}, ${placePool.draw()} (${(int(1, 400) / 100).toFixed(2)} hectares, planning reference ${reference()})`],
  safer: () => ["The premises visited during the period were:", () => `${premisesPool.draw()}, ${streetPool.draw()}, ${placePool.draw()} (licence ${String(int(1, 99999)).padStart(6, "0")})`],
  consulted: () => ["The organisations consulted were:", () => `${orgPool.draw()}, ${placePool.draw()}`],
};
const schedule = (topicName) => {
  const [lead, line] = (chance(0.7) ? schedules[topicName] : schedules.consulted)();
  return [lead, distinct(line, int(5, 30)).map((l) => `- ${l}`).join("\n")];
};

// ---- Sentences any paper may use --------------------------------------------------------------------------------
const generic = [
  "Officers met representatives of {org} and {org2} in {month} to discuss {subject}.",
  "The proposals were shaped by a public consultation that ran for eight weeks and drew {count} responses.",
  "Residents of {street} raised concerns about traffic, noise and the loss of open space.",
  "{person}, {job} at {org}, said the partnership had already made a visible difference in {place}.",
  "The approach builds on the {term} work carried out in {place} over the last two years.",
  "A further report will be brought to the {board} once the results of the pilot in {place} are known.",
  "Ward members for {ward} were briefed on {subject} before the report was published.",
  "The budget for {subject} is {money} in the current financial year.",
  "Of the {count} cases reviewed, {pct} were resolved within the target time.",
  "Feedback from the drop-in sessions at {org} was broadly positive, although some people asked for more information about timescales.",
  "The work is being led by {person}, supported by a project group drawn from across the council.",
  "Similar schemes in {place} and {place2} have reduced demand on statutory services.",
  "The council's internal auditors reviewed the arrangements in {month} and gave an opinion of reasonable assurance.",
  "Delays were caused by the late delivery of materials and by a dispute with the contractor, {org}.",
  "Information from {system} shows that demand has risen steadily since {month}.",
  "The service will continue to work with {org} to reach households that do not usually engage with the council.",
  "A number of residents in {place} have asked whether the scheme could be extended to their area.",
  "Councillor {surname} asked for the figures for {ward} to be reported separately in future.",
  "The {term} principles agreed by the Board last year continue to guide the work.",
  "Spending to the end of {month} was {money}, in line with the profile agreed at the start of the year.",
  "The timetable allows for a six-week call-in period before any contract is signed.",
  "A site visit to {street} was arranged for Members in {month}.",
  "The council has been awarded {money} from the government's {term} fund for {subject}.",
  "Staff at {org} have been trained to recognise the early signs that a family needs help.",
  "A map of the area covered, including {street}, {street2} and the land next to {org}, is at Appendix A.",
  "Performance in {place} remains below the borough average, and officers are exploring the reasons with local partners.",
  "The risk register records the possibility that costs will rise further; a contingency of {money} is held.",
  "Lessons from the review of {subject} have been shared with neighbouring councils.",
  "The working group met {small} times and heard evidence from {person} and from officers of {org}.",
  "Volunteers from {org} gave {count} hours of their time over the year.",
  "The latest survey found that {pct} of residents in {ward} felt safe outside after dark.",
  "An equality impact assessment has been completed and is available on request from {person}.",
  "The figures for {month} are provisional and may change when the data have been validated.",
  "Officers are reviewing the data held in {system} to check that cases are recorded consistently.",
  "The arrangements will be reviewed after twelve months, or sooner if the law changes.",
  "Representatives of the {place} and {place2} neighbourhood forums attended the workshop on {subject}.",
];
const purpose = [
  "To report on {subject} and to seek the Board's views on the next steps.",
  "To update Members on {subject}, following the report considered by the Board in {month}.",
  "To seek approval for {subject}, including the budget of {money} set out in section 5.0.",
  "To present the findings of the review of {subject} carried out with {org}.",
  "To ask the Board to consider the options for {subject} and to agree a preferred option.",
];
const recommendations = [
  "Note the progress made on {subject};",
  "Approve the approach set out in section 3.0 of the report;",
  "Delegate authority to the {officer}, in consultation with the Portfolio Holder, to agree the final terms;",
  "Agree that a further report is brought to the Board in {month};",
  "Comment on the proposals for {place} and {place2};",
  "Ask officers to report separately on performance in {ward};",
  "Approve a budget of {money} for {subject};",
];
const implications = {
  policy: ["There are no policy implications arising from this report.",
    "The proposals are consistent with the council's {term} strategy agreed in {month}.",
    "If approved, the proposals would change the council's policy on {subject}, and the policy framework would be updated."],
  other: ["There are no other implications arising directly from this report.",
    "The cost of {money} will be met from existing budgets within the directorate.",
    "The council's legal team has advised on the terms of the agreement with {org}. Staffing changes will follow the council's organisational change policy.",
    "A one-off cost of {money} would be funded from the transformation reserve; the running cost of {money2} a year is included in the medium-term financial strategy."],
  priorities: ["The work supports the Council Plan priority \"{priority}\".",
    "The proposals contribute to the priorities \"{priority}\" and \"{priority2}\".",
    "Progress on {subject} is one of the measures reported to the Executive Board under the priority \"{priority}\"."],
  risk: ["Not applicable.", "The main risk is that costs rise before the contract is let; a contingency of {money} is held.",
    "Delay would leave the council exposed to challenge; the risk is recorded on the directorate risk register and reviewed monthly.",
    "The pilot depends on continued funding from {org}; an exit strategy has been agreed in case it ends."],
  equality: ["Not applicable.", "An equality impact assessment has been carried out and found no disproportionate effect on any group.",
    "The proposals are expected to benefit older and disabled residents in particular, who make up a large share of the service's users in {ward}.",
    "Officers will monitor take-up by age, sex, ethnicity and disability, and report any significant difference to the Board."],
  papers: ["None under the meaning of the Act.",
    "Report to the {board}, {longdate}: {title2}. Available for inspection at the Civic Centre, Eastmere; contact {person}.",
    "Consultation responses on {subject}, held by {person} at the Civic Centre, Eastmere."],
};
const priorities = ["Children and young people", "A healthy and caring borough", "A safer borough", "A green and clean borough",
  "A thriving economy", "Homes for everyone", "A well-run council", "Strong communities"];
const corporate = {
  "Council priorities": ["The report supports the Council Plan priority \"{priority}\".", "{Subject} contributes to the priority \"{priority}\" and to the {term} commitments in the Council Plan."],
  Financial: ["There are no financial implications arising directly from this report.", "The cost of {money} will be met from existing budgets.", "The scheme is funded by a grant of {money} from {org} and a council contribution of {money2}."],
  Legal: ["There are no legal implications arising from this report.", "The council has powers to act under the Localism Act 2011. Legal advice has been taken on the agreement with {org}."],
  "Risk management": ["Areas of persistent underperformance are recorded on the directorate risk register.", "The main risk is delay to the works on {street}; the programme includes a contingency of {small} weeks."],
  "Staffing (including trades unions)": ["There are no staffing implications.", "{Small} posts are funded on fixed-term contracts until {month}; the trades unions have been consulted."],
  "Equalities and human rights": ["An equality impact assessment has been completed and is available from {person}.", "The service is used disproportionately by older residents and disabled people, who were consulted through {org}."],
  "Community safety": ["There are no direct community safety implications.", "Improvements to lighting on {street} are expected to reduce anti-social behaviour in {place}."],
  Sustainability: ["There are no direct environmental or sustainability implications.", "The scheme will reduce carbon emissions by an estimated {count} tonnes a year, in line with the {term} target."],
  Procurement: ["No procurement is required as a result of this report.", "The works will be procured through the council's framework contract with {org}."],
};

// ---- Filling templates ------------------------------------------------------------------------------------------
const fill = (template, cast) => template.replace(/\{(\w+)\}/g, (_, key) => {
  const lower = key.charAt(0).toLowerCase() + key.slice(1);
  const value = cast[lower] !== undefined ? (typeof cast[lower] === "function" ? cast[lower]() : cast[lower]) : `{${key}}`;
  return key === lower ? value : capital(value);
});
// A paper's sentences are dealt from a shuffled deck of the templates, so none repeats within the paper.
const deck = (list) => {
  const cards = [...list];
  let next = cards.length;
  return () => {
    if (next === cards.length) {
      for (let k = cards.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [cards[k], cards[j]] = [cards[j], cards[k]]; }
      next = 0;
    }
    return cards[next++];
  };
};
const paragraph = (cast, draw, sentences) => Array.from({ length: sentences }, () => fill(draw(), cast)).join(" ");

// An indicator table: a target, the actual figure and a status that agrees with them and with the catalogue written
// below (a percentage: higher is better, amber within 5 points; a count: lower is better, amber within 5% of the target).
// Whether an indicator is a count is fixed by its name, so every paper reports it in the same unit.
const isCount = (name) => [...name].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 5 < 2;
const indicatorRows = (names, rows, cast) => distinct(() => pick(names), rows).map((name) => {
  let target, actual, status;
  if (!isCount(name)) {
    const t = int(40, 100), a = Math.min(100, t + int(-20, 10));
    target = `${t}%`; actual = `${a}%`; status = a >= t ? "Green" : a >= t - 5 ? "Amber" : "Red";
  } else {
    const t = int(10, 2000), a = Math.round(t * (0.7 + random() * 0.5));
    target = `${thousands(t)} or fewer`; actual = thousands(a); status = a <= t ? "Green" : a <= t * 1.05 ? "Amber" : "Red";
  }
  // A code in brackets, as many councils print one; the catalogue finds the indicator by the name before it.
  const code = chance(0.3) ? ` (${pick(["NI", "PI", "KPI", "CSC", "ENV", "SAF", "FIN"])}-${String(int(1, 999)).padStart(3, "0")})` : "";
  return `| ${name}${code} | ${target} | ${actual} | ${status} |`;
});

// The indicator catalogue: every topic's indicators, each received by the boards of its topic.
const writeCatalogue = () => {
  const folder = path.join(out, "content", "indicators");
  fs.mkdirSync(folder, { recursive: true });
  for (const [topic, { indicators }] of Object.entries(topics)) {
    const receiving = boards.filter((b) => (boardTopics[b.id] ?? "executive") === topic).map((b) => b.id);
    if (receiving.length === 0) continue;
    for (const name of indicators) {
      const count = isCount(name);
      fs.writeFileSync(path.join(folder, `${slugify(name)}.yml`), [
        `name: ${JSON.stringify(name)}`,
        `board: [${receiving.join(", ")}]`,
        `unit: ${count ? "count" : "percent"}`,
        `polarity: ${count ? "lower-is-better" : "higher-is-better"}`,
        `tolerance: ${count ? '"5%"' : "5"}`,
        "",
      ].join("\n"));
    }
  }
};

// ---- Writing the papers -----------------------------------------------------------------------------------------
if (hugo) writeHugoSite(path.join(out, "hugo"));
const seenWords = new Set();
const tokens = /\d{4}\/\d{2}(?!\d)|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const countWords = (text) => {
  for (const [word] of text.matchAll(tokens)) {
    let w = word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    seenWords.add(w.replace(/'/g, ""));
  }
};
const slugify = (s) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).replace(/-$/, "");
writeCatalogue();
const usedUrls = new Set();
const itemsAt = new Map();
const titlesSoFar = [];

for (let i = 0; i < n; i++) {
  const boardIndex = i % boards.length;
  const board = boards[boardIndex];
  const topic = topics[boardTopics[board.id] ?? "executive"];
  const meeting = Math.floor(i / boards.length) % meetingsPerBoard;
  const date = meetingDate(boardIndex, meeting);
  const meetingKey = `${board.id}-${iso(date)}`;
  const item = (itemsAt.get(meetingKey) ?? 3) + 1;
  itemsAt.set(meetingKey, item);
  const exempt = chance(0.02);
  // One performance report at most to a meeting (its first item), as a board's agenda has.
  const performance = !exempt && item === 4 && chance(0.85);
  const period = performance ? previousQuarter(date) : null;

  // The paper's cast: its own places, people, organisations and terms, each used several times in the paper.
  const places = distinct(() => placePool.draw(), int(3, 6));
  const people = Array.from({ length: int(4, 8) }, makePerson);
  const orgs = distinct(() => orgPool.draw(), int(3, 5));
  const streets = distinct(() => streetPool.draw(), int(3, 6));
  const terms = distinct(() => termPool.draw(), int(2, 4));
  const systems = [systemPool.draw()];
  const subjectItem = pick(topic.items);
  const twoWards = /\{ward2\}/.test(subjectItem.title);
  const reportWards = !twoWards && (performance || chance(0.3)) ? "all" : distinct(() => pick(wards), int(twoWards ? 2 : 1, 3));
  const wardNames = reportWards === "all" ? wards.map((w) => w.name) : reportWards.map((w) => w.name);
  const contact = people[0];
  const cast = {
    // {x} is any of the paper's x but the last, {x2} the last, so "{place} and {place2}" names two places.
    place: () => pick(most(places)), place2: places.at(-1), person: () => personName(pick(people)), surname: () => pick(people).last,
    org: () => pick(most(orgs)), org2: orgs.at(-1), street: () => pick(most(streets)), street2: streets.at(-1),
    term: () => pick(terms), system: systems[0], scheme: schemePool.draw(), wardNames,
    ward: () => pick(most(wardNames)), ward2: wardNames.at(-1),
    money: money, money2: money, pct: pct, pct2: pct, count: quantity, small: () => String(int(2, 12)), ref: reference,
    job: () => pick(jobTitles), month: () => `${pick(months)} ${date.getUTCFullYear() - int(0, 1)}`,
    priority: () => pick(priorities), priority2: pick(priorities), board: board.name, longdate: () => longDate(new Date(date.getTime() - int(30, 700) * 86400000)),
    title2: () => (titlesSoFar.length ? pick(titlesSoFar) : "Council Plan 2023 to 2027"), officer: pick(topic.officer),
  };
  cast.subject = fill(subjectItem.subject, cast);
  let title;
  if (performance) {
    const label = `Quarter ${period.quarter} ${yearLabel(period.startYear)}`;
    title = pick([`Performance monitoring report for ${label}`, `${capital(topic.service)} performance report: ${label}`,
      `Performance management report for ${label}`, `${capital(topic.service)}: ${label} performance`]);
    cast.subject = `performance in the ${ordinals[period.quarter - 1]} quarter of ${yearLabel(period.startYear)}`;
  } else {
    title = fill(subjectItem.title, cast);
  }
  title = capital(title);
  if (titlesSoFar.length < 5000 || chance(0.05)) titlesSoFar[titlesSoFar.length < 5000 ? titlesSoFar.length : int(0, 4999)] = `${title}`;
  const summary = performance
    ? `Reports performance for ${topic.service} in the ${ordinals[period.quarter - 1]} quarter of ${yearLabel(period.startYear)}. ${fill(pick(["Most measures are on target; {subject2} needs further attention.", "Results in {ward} and {place} are below the borough average.", "{Small} measures are off target, including {subject2}."]), { ...cast, subject2: pick(topic.indicators).toLowerCase() })}`
    : `${fill(pick(["Reports on {subject} and seeks the Board's views.", "Seeks approval for {subject}, at a cost of {money}.", "Sets out the findings of the review of {subject}, carried out with {org}.", "Updates the committee on {subject} in {place} and {place2}."]), cast)}${exempt ? " This report contains exempt information." : ""}`;

  const front = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `board: ${board.id}`,
    `date: ${iso(date)}`,
    `item: ${Math.min(item, 999)}`,
    `officer: ${JSON.stringify(cast.officer)}`,
    `portfolio: ${JSON.stringify(pick(topic.portfolio))}`,
    `wards: ${reportWards === "all" ? "all" : `[${reportWards.map((w) => w.id).join(", ")}]`}`,
    ...(period ? [`period: "${yearLabel(period.startYear)} Q${period.quarter}"`] : []),
    `contact: ${JSON.stringify(`${personName(contact)}, ${pick(jobTitles)}, ${email(contact)}`)}`,
    `summary: ${JSON.stringify(summary)}`,
    "status: final",
    `access: ${exempt ? "exempt" : "public"}`,
    ...(exempt ? [`exempt_paragraph: ${pick([1, 2, 3, 3, 3, 4, 5])}`] : []),
  ];
  let slug = slugify(title) || "report";
  while (usedUrls.has(`${meetingKey}/${slug}`)) slug = `${slugify(title)}-${int(2, 99)}`;
  usedUrls.add(`${meetingKey}/${slug}`);
  front.push(`slug: ${slug}`, "---", "");

  const table = performance && chance(0.85)
    ? [`| Indicator | Target | Actual | Status |`, `| --- | --- | --- | --- |`, ...indicatorRows(topic.indicators, int(5, 30), cast)].join("\n")
    : null;
  const supporting = deck([...topic.sentences, ...generic]);
  const list = !exempt && chance(0.55) ? schedule(boardTopics[board.id] ?? "executive") : null;
  const body = board.type === "osc-report"
    ? oscBody(cast, supporting, period, table, list, exempt)
    : ppbBody(cast, supporting, period, table, list, exempt);
  const text = front.join("\n") + body;
  countWords(`${title} ${summary} ${body}`);

  const name = `${iso(date)}-${String(i).padStart(6, "0")}-${slug.slice(0, 40).replace(/-$/, "")}.md`;
  const folder = path.join(out, "content", "reports", board.id);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, name), text);

  if (hugo) {
    const hugoFront = [
      "---",
      `title: ${JSON.stringify(title)}`,
      `date: ${iso(date)}`,
      `slug: ${slug}`,
      `url: /boards/${board.id}/${iso(date)}/${slug}/`,
      `summary: ${JSON.stringify(summary)}`,
      `boards: [${board.id}]`,
      `meetings: [${meetingKey}]`,
      `quarters: [${quarterKey(period ?? quarterOf(date))}]`,
      `wards: [${reportWards === "all" ? "all" : reportWards.map((w) => w.id).join(", ")}]`,
      "---",
      "",
    ].join("\n");
    const hugoFolder = path.join(out, "hugo", "content", "reports", board.id);
    fs.mkdirSync(hugoFolder, { recursive: true });
    fs.writeFileSync(path.join(hugoFolder, name), hugoFront + (exempt ? "This report is not for publication." : body));
  }
}
console.log(`wrote ${n} reports to ${out}${hugo ? ` (and the Hugo site to ${out}/hugo)` : ""}`);
console.error(`${seenWords.size} distinct words in the reports' text (folded as the search index folds them)`);

// Numbered sections 1.0 to 9.0 (and 10.0 Appendices), paragraphs numbered within their section.
function ppbBody(cast, supporting, period, table, list, exempt) {
  const out = [];
  // Each block is a paragraph to number (a string) or { raw } to write as it is (a table, a list, a sub-heading).
  const section = (number, title, blocks) => {
    out.push(`## ${number}.0 ${title}`, "");
    let k = 0;
    for (const b of blocks) out.push(typeof b === "string" ? `${number}.${++k} ${b}` : b.raw, "");
  };
  const q = period && `${ordinals[period.quarter - 1]} quarter of ${yearLabel(period.startYear)}`;
  section(1, "Purpose of report", [
    exempt ? "This report is not for publication. It contains information relating to the financial or business affairs of the council and of a third party, and is exempt under Part 1 of Schedule 12A to the Local Government Act 1972." : null,
    period ? `To present performance information for the ${q}, covering ${quarterSpan(period)}, and to give Members the opportunity to question officers on the results.` : fill(pick(purpose), cast),
    paragraph(cast, supporting, int(1, 2)),
  ].filter(Boolean));
  const recs = period
    ? [`Receive the performance monitoring report for the ${q};`, "Consider the results set out in section 3.0 and raise any questions with officers; and", "Identify any area on which it wishes to receive a fuller report at a future meeting."]
    : distinct(() => fill(pick(recommendations), cast), int(2, 4));
  if (!period) recs[recs.length - 1] = recs.at(-1).replace(/;$/, ".");
  section(2, "Recommended", [{ raw: "That the Board:" }, { raw: recs.map((r, k) => `${k + 1}. ${r}`).join("\n") }]);
  const support = Array.from({ length: int(4, 11) }, () => paragraph(cast, supporting, int(2, 5)));
  if (list) support.splice(int(1, support.length - 1), 0, list[0], { raw: list[1] });
  if (table) support.splice(1, 0, "The key measures are summarised in the table.", { raw: table });
  if (chance(0.5)) support.splice(int(1, support.length - 1), 0, { raw: `### ${capital(fill(pick(["progress in {place}", "the {term} programme", "feedback from {org}", "next steps", "funding", "the position in {ward}"]), cast))}` });
  section(3, "Supporting information", support);
  section(4, "Policy implications", [fill(pick(implications.policy), cast)]);
  section(5, "Other implications", Array.from({ length: int(1, 2) }, () => fill(pick(implications.other), cast)));
  section(6, "Implications for the Council's priorities", Array.from({ length: int(1, 2) }, () => fill(pick(implications.priorities), cast)));
  section(7, "Risk analysis", [fill(pick(implications.risk), cast)]);
  section(8, "Equality and diversity issues", [fill(pick(implications.equality), cast)]);
  section(9, "List of background papers under section 100D of the Local Government Act 1972", [fill(pick(implications.papers), cast)]);
  if (chance(0.4)) section(10, "Appendices", [fill(pick(["Appendix A: {Subject}, detailed figures.", "Appendix A: Map of the area around {street}, {place}.", "Appendix A: Consultation responses from {org} and others."]), cast)]);
  return out.join("\n");
}

// Corporate implications under their nine headings, then recommendations and background: one run of paragraphs 1, 2, 3 ...
function oscBody(cast, supporting, period, table, list, exempt) {
  const out = ["## Corporate implications", ""];
  let number = 0;
  for (const [heading, texts] of Object.entries(corporate)) out.push(`### ${heading}`, "", `${++number}. ${fill(pick(texts), cast)}`, "");
  const q = period && `${ordinals[period.quarter - 1]} quarter of ${yearLabel(period.startYear)}`;
  out.push("## Recommendations", "");
  if (period || chance(0.5)) {
    out.push(period ? `That the Committee notes and comments on ${fill("{service}", { service: cast.subject })}.` : `That the Committee ${fill(pick(["comments on {subject}", "notes the progress made on {subject}", "asks for a further report on {subject} in {month}"]), cast)}.`, "");
  } else {
    out.push("That the Committee:", "", ...distinct(() => `- ${fill(pick(["notes the progress made on {subject}", "comments on the proposals for {place}", "asks officers to report separately on {ward}", "identifies any area it wishes to examine in more depth"]), cast)}`, int(2, 3)).map((r, k, all) => r + (k < all.length - 1 ? ";" : ".")), "");
  }
  out.push("## Background", "");
  if (exempt) out.push(`${++number}. This report is not for publication. It contains exempt information under Part 1 of Schedule 12A to the Local Government Act 1972.`, "");
  if (period) out.push(`${++number}. This report covers the ${q}, from ${quarterSpan(period)}.`, "");
  const count = int(4, 11);
  const listAt = int(1, count - 1);
  for (let k = 0; k < count; k++) {
    if (k === listAt && list) out.push(`${++number}. ${list[0]}`, "", list[1], "");
    if (k === 1 && table) out.push(`${++number}. The key measures are summarised in the table.`, "", table, "");
    if (k === 2 && chance(0.5)) out.push(`### ${capital(fill(pick(["progress in {place}", "the {term} programme", "feedback from {org}", "looking ahead", "funding"]), cast))}`, "");
    out.push(`${++number}. ${paragraph(cast, supporting, int(2, 5))}`, "");
  }
  if (chance(0.4)) out.push("## Appendices", "", `- ${fill(pick(["Appendix A: {Subject}, detailed figures.", "Appendix A: Map of the area around {street}, {place}."]), cast)}`, "");
  if (chance(0.6)) out.push("## Background papers", "", fill(pick(["None.", "Report to the {board}, {longdate}: {title2}. Available for inspection at the Civic Centre, Eastmere."]), cast), "");
  return out.join("\n");
}

function writeHugoSite(root) {
  const files = {
    "hugo.toml": [
      'baseURL = "https://papers.eastmere.example/"',
      'languageCode = "en-GB"',
      'title = "Eastmere committee papers"',
      'buildFuture = true',
      "rssLimit = 20",
      'disableKinds = ["section"]',
      "[taxonomies]",
      '  board = "boards"',
      '  meeting = "meetings"',
      '  quarter = "quarters"',
      '  ward = "wards"',
      "[outputs]",
      '  home = ["HTML", "RSS"]',
      '  taxonomy = ["HTML"]',
      '  term = ["HTML", "RSS"]',
      "[sitemap]",
      '  changefreq = "monthly"',
    ].join("\n"),
    "layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="/assets/site.css"></head>
<body><header><a href="/">{{ site.Title }}</a><nav><a href="/boards/">Boards</a> <a href="/quarters/">Quarters</a> <a href="/wards/">Wards</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>Eastmere Borough Council</footer></body></html>
`,
    "layouts/_default/single.html": `{{ define "main" }}<nav class="breadcrumbs"><a href="/">Home</a> {{ range .GetTerms "boards" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }} {{ range .GetTerms "meetings" }}<a href="{{ .RelPermalink }}">{{ $.Date.Format "2 January 2006" }}</a>{{ end }}</nav>
<h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>
<nav class="contents"><h2>Contents</h2>{{ .TableOfContents }}</nav>
<article>{{ .Content }}</article>
{{ end }}`,
    "layouts/_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}<p>{{ .Summary | plainify }}</p></li>{{ end }}</ul>{{ end }}`,
    "layouts/_default/terms.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}`,
    "layouts/index.html": `{{ define "main" }}<h1>{{ site.Title }}</h1><h2>Latest papers</h2><ul>{{ range first 10 (where site.RegularPages.ByDate.Reverse "Type" "reports") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}</li>{{ end }}</ul>
<h2>Boards</h2><ul>{{ range site.Taxonomies.boards.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}`,
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  for (const [id, name] of Object.entries(boardNames)) {
    const folder = path.join(root, "content", "boards", id);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "_index.md"), `---\ntitle: ${JSON.stringify(name)}\n---\n`);
  }
  fs.mkdirSync(path.join(root, "static", "assets"), { recursive: true });
  fs.writeFileSync(path.join(root, "static", "assets", "site.css"), "body{font-family:arial,sans-serif}\n");
}
