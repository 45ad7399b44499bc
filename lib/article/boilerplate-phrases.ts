/**
 * The shapes of the lines that sit inside a news page's article body without being the article:
 * photo credits, contributor and copyright lines, bylines and datelines repeated in the body,
 * comment-section headings and page chrome. Each pattern is tested against a whole block's text
 * (white space collapsed), never against part of a paragraph.
 *
 * Source: the conventions of the wire services and of newspaper sites as they print them
 * (AP: "Associated Press writers X and Y contributed to this report.", "(AP Photo/Name)";
 * Reuters: "Reporting by X; Editing by Y", "(Reuters)"; Getty/Guardian "Photograph: X/Getty
 * Images"; Canadian Press "(Name / THE CANADIAN PRESS)"; CanWest "with files from X"), checked
 * against the L3S-GN1 news pages of 2008 (../shared/data/l3s-gn1), where the assessors left these
 * lines out of the article.
 */

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:de|da|del|van|von|der|al|bin|la|le)\s+)?${NAME_WORD}){0,3}`;
// A name with where it writes from: "HEMMY SO in Los Angeles".
const NAME_AT = String.raw`${NAME}(?:\s+in\s+${NAME})?`;
const NAMES = String.raw`${NAME_AT}(?:\s*(?:,|\band\b|&)\s*${NAME_AT})*`;

// Dates and times as datelines print them: "Jan 14 2008", "29 Dec, 2007", "2008-01-08", "1/14/2008, 8:34 a.m. EST".
const MONTH = String.raw`(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[\p{L}]*\.?`;
const DAY = String.raw`(?:(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)[\p{L}]*\.?,?\s*)?`;
const TIME = String.raw`(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?`;
const DATE = String.raw`${DAY}(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH},? \d{4})${TIME}`;
// The capitalised words of a desk, an outlet or a title: "CTV Ottawa Bureau Chief", "The Province".
const ORG = String.raw`(?:(?:the|of|and|for|de|in|on)\s+|[\p{Lu}\d][\p{L}\d.'’&-]*\s*){1,7}`;

/** A photo credit closing a caption: "(AP Photo/Name)", "(Name / THE CANADIAN PRESS)", "(Reuters)". */
export const CREDIT_TAIL = new RegExp(
  String.raw`(?:\(\s*(?:` +
    // Name / Agency, the form of most agencies' credits
    String.raw`\p{Lu}[^()/]{0,50}\/\s*\p{Lu}[^()]{0,50}` +
    // "AP Photo", "Photo by Name", "Photograph: Name"
    String.raw`|(?:[\p{Lu}][\p{L}.]*\s+)?(?:Photo|Photograph|Picture|Image|Illustration)s?\b[^()]{0,60}` +
    // a bare agency name
    String.raw`|Reuters|AP|AFP|EPA|Getty Images|Associated Press` +
    String.raw`)\s*\)` +
    // "Maimane Phiri © Gallo Images"
    String.raw`|©\s*\p{Lu}[^.()©]{0,50}` +
    // "Photograph: Name/Getty Images" without parentheses (The Guardian, The Telegraph)
    String.raw`|\b(?:Photo|Photograph|Picture)(?:graph)?\s*(?::|by)\s*[^.()]{2,60})\s*$`,
  'u',
);

/** A block that is only a credit: "Photo: Name / Getty Images", "AP Photo/Name, File", "Photo credit: ...". */
export const CREDIT_LINE =
  /^(?:(?:AP|AFP|Reuters|File)\s+)?(?:photo|photograph|picture|image|illustration)s?\s*(?::|\/|by\b|credit\b|courtesy\b)/iu;

/**
 * The wording of captions: AP's "In this Jan. 5, 2008 file photo, …", "… are seen in this
 * combined image.", and the positions of the people in the picture: "Khalil Khatri (center)",
 * "Brian Mulroney, left, and …".
 */
export const CAPTION_WORDING = [
  /^in this (?:.{0,40}?\s)?(?:file |undated |handout |aerial |combination |combined )?(?:photo|photograph|picture|image|frame grab|video image)\b/iu,
  /\b(?:is|are) (?:seen|pictured|shown) (?:here )?in (?:this|a|an) (?:[\p{L}-]+ ){0,3}(?:photo|photograph|picture|image|handout|frame grab)\b/iu,
  /(?:\(|, )(?:left|right|center|centre|second (?:left|right)|front|rear|top|bottom)(?:\)|,)/u,
];

/** A caption's pointer to its picture: "ABOVE: Sir Ian McKellen among theatre stars…", "Pictured (left): …". */
export const CAPTION_MARK = /^(?:above|below|left|right|top|bottom|inset|pictured|main picture|main photo)\s*(?:\([^)]{1,20}\))?\s*:\s/iu;

/** Contributor and production lines that close a wire story. */
export const CONTRIBUTORS = [
  // "Associated Press writers X and Y contributed to this report."
  /\bcontributed(?: reporting)?(?: to| for)? (?:this|the|that)? ?(?:report|story|article|reporting|dispatch)\b/iu,
  /\bcontributed reporting\b/iu,
  // "Reporting by X; Editing by Y", "Additional reporting by X"
  /^(?:additional |further )?(?:reporting|writing|editing|compiled|edited|written|research) by\b/iu,
  // "Ottawa Citizen with files from Norma Greenaway", "With files from The Canadian Press"
  /\bwith files from\b/iu,
  /^(?:the )?(?:associated press|canadian press|press association) (?:writers?|reporters?|correspondents?)\b/iu,
  /^contributed by\b/iu,
  // how to reach the writer: Bloomberg's "To contact the reporter on this story: …", "… can be reached at …"
  /^to contact the (?:reporters?|editors?|writers?) (?:on|of|responsible for) this story\b/iu,
  /\bcan be reached at\b/iu,
  // syndication notes: "This article was originally published on page 28 of The Sunday Tribune…",
  // "The full article contains 407 words and appears in Press Association newspaper."
  /^this (?:article|story|report) (?:was |is )?(?:originally |first )?(?:published|appeared|printed)\b/iu,
  /^the full (?:article|story|text) contains \d+ words\b/iu,
];

/** Copyright and rights notices. */
export const COPYRIGHT = [
  /^[^\p{L}\p{N}]*(?:Â\s*)?(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|by\b))/iu,
  /^copyright\b.{0,60}\b(?:19|20)\d{2}\.?$/iu,
  // "Copyright World Entertainment News Network": a holder's name alone, every word capitalised
  /^Copyright(?:\s+[\p{Lu}\d][\p{L}\d.&'’-]*){1,6}\.?$/u,
  /\ball rights reserved\b/iu,
  /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/iu,
];

/** A byline repeated in the body: "By TERENCE HUNT / AP White House Correspondent", "By: Name, THE CANADIAN PRESS". */
export const BYLINE_LINE = new RegExp(
  String.raw`^(?:(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ff]iled)(?: on)?\s*:?\s*)?(?:${DATE}\s*[,|/–—-]?\s*)?(?:[Bb][Yy]|BY)\s*:?\s+${NAMES}(?:\s*[,/|;–—-]\s*[^.!?]{0,80}|\s+(?=${DATE})[^!?]{0,80})?$`,
  'u',
);

/**
 * A name signing with an outlet, a title or a date, as bylines and sign-offs do: "Jason Botchford,
 * The Province", "Robert Fife, CTV Ottawa Bureau Chief", "Luke Van Leuveren / 29 Dec, 2007".
 * Only at the edges of the text: in the middle the same shape may head a section.
 */
export const EDGE_BYLINE = new RegExp(String.raw`^${NAMES}(?:\s*[,/|;–—-]\s*(?:${DATE}|${ORG}))+\.?$`, 'u');

// The words of a byline's second half: a desk, an agency, a staff title.
const DESK = String.raw`(?:News Service|News Staff|Press|Staff|Staff Writer|Writer|Correspondent|Reporter|Bureau|Reuters|AFP|Bloomberg|Associated Press|Agence France-Presse)`;

/** A byline without "By": "Juliet O'Neill and Jack Aubry, CanWest News Service", "Name, Globe Staff". */
export const BYLINE_DESK = new RegExp(String.raw`^${NAMES}\s*[,/|–—-]\s*(?:[\p{L}.'’ ]{0,40}\s)?${DESK}$`, 'iu');

/** A desk or agency signing alone: "CTV.ca News Staff", "Telegraph staff and agencies", "(CBS)", "Associated Press". */
export const DESK_LINE =
  /^\(?(?:(?:[\p{L}.'’&-]+\s){0,3}(?:news\s)?staff(?:\s(?:writers?|reporters?))?(?:\s(?:and|&)\s(?:agencies|wires))?|(?:the\s)?(?:associated press|canadian press|press association|reuters|afp|agence france-presse|aap|upi|dpa|bloomberg|ap|cnn|cbs|abc|nbc|bbc)(?:\snews)?)\)?\.?$/iu;

/** A blog's attribution line: "From CBS News' Aaron Lewis:". */
export const FROM_LINE = new RegExp(String.raw`^From\s+[\p{Lu}][\p{L}.& ]{1,40}['’]s?\s+${NAME}\s*:$`, 'u');

/** A publication or update stamp: "Published: Thursday, November 29, 2007", "Updated Fri. Jan. 11 2008 10:56 PM ET". */
export const DATE_LINE =
  /^(?:(?:first |last )?(?:published|updated|posted|modified|created)(?: on| at)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\.?$|^(?:first |last )?(?:published|updated|posted)(?: on| at)?\s*:?\s*\S.{0,50}\d.{0,20}$/iu;

/**
 * A heading that opens the readers' comments: everything after it is theirs, not the article's.
 * "Have your say" is not here: the BBC prints it over readers' quotes in the middle of a story.
 */
export const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:reader(?:s['’]?)?\s+|your\s+)?comments(?:\s*\(\d+\))?:?$|^(?:post|leave|add|write|submit)\s+(?:a|your)(?: own)?(?:\s+comments?)?$|^comments?\s+(?:are\s+)?(?:now\s+)?closed(?:\s+for this (?:story|article|entry))?\.?$|^(?:join|start) the (?:discussion|conversation|debate)$|^discuss this (?:story|article)$|^\d+ (?:responses|replies) to\b.{0,120}$/iu;

/**
 * A heading over other stories: "Related Links", "More from Front Page", "Latest News", "Most
 * read", "Other News in Science", "You may also like". Past the body of the text, all that
 * follows it is other stories.
 */
export const RELATED_HEADING =
  /^(?:related\b.*|(?:more|latest|top|other|recent|popular|breaking)\s(?:[\p{L}'’-]+\s){0,2}(?:news|stories|articles|headlines|links|coverage|videos|posts|reports)\b.*|more (?:from|on|in|about)\s.*|most (?:read|popular|viewed|e-?mailed|shared|commented)\b.*|see also|also (?:in|on|from)\s.*|further reading|you (?:may|might) also (?:like|be interested in)\b.*|recommended(?: for you| reading| stories)?|editors?['’]? picks?)$/iu;

/**
 * The words of a page's controls ("Email | Print | Text size – +", "Click photo to enlarge", "View
 * larger image", "E-mail to a friend"): a short block made only of them is chrome.
 */
export const CHROME_WORDS = new Set(
  `email e-mail mail print printer friendly share this story article page text size font click here photo photos image
  images picture enlarge view larger large small smaller to a an the friend save recommend tweet comment comments
  bookmark subscribe rss feed feeds link permalink gallery slideshow video play watch listen audio close more less
  next previous prev back top of increase decrease reset zoom full size screen`
    .split(/\s+/)
    .filter(Boolean),
);
