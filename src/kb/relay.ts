// A question passed on in a group comes wrapped: a forward mark ("fw:", "> quote:"), a request to
// the bot naming the colleague ("nhờ bot trả lời giúp anh Tuấn: …"), the colleague's words in
// quotes, and a call for anyone who knows ("— ai biết trả lời giúp"). The wrapping asks nothing: it
// is taken off before the question is read, so its words ("trả lời", "giúp", "quote") weigh nothing.
// So is the numbering of an officer's own checklist ("cho em hỏi mấy ý: 1) …").

/** A forward or quote mark opening the message: ">", "fw:", "fwd:", "quote:", "> quote:". */
const FORWARD_MARK = /^\s*(?:>+\s*)?(?:(?:fw|fwd|quote|trích|trich)\s*:\s*)?/iu;

/**
 * A request to the bot opening the message, up to its colon: "nhờ bot trả lời giúp anh Tuấn:",
 * "nho bot:", "nhờ ad xem giúp:". The colon must come within a few words: a longer run is the question.
 */
const REQUEST_TO_BOT = /^(?:nhờ|nho)\s+(?:bot|ad|admin)\b[^:?\n]{0,40}:\s*/iu;

/** A call for anyone who knows, after a dash closing the message: "— ai biết trả lời giúp", "- ai biết giúp với". */
const CALL_FOR_ANSWER = /\s+[—–-]+\s*(?:ai|mọi người|mn|ae)\s+(?:biết|biet)\b[^"“”?]*$/iu;

/**
 * A message written like a letter: its salutation ("Kính gửi Quý Bộ phận hỗ trợ.", "Kính thưa các
 * anh chị,") and its closing ("Trân trọng cảm ơn.", "Xin chân thành cảm ơn!") ask nothing, and the
 * salutation's "Kính gửi" is no letter's recipients. The salutation must end its own sentence.
 */
const SALUTATION = /^\s*(?:kính gửi|kinh gui|kính thưa|kinh thua)\s[^.!?\n:]{1,60}[.!\n]\s*(?=\S)/iu;
const CLOSING = /(?<=[.!?]|^)\s*(?:trân trọng|tran trong|xin chân thành cảm ơn|xin chan thanh cam on)(?:\s+(?:cảm ơn|cám ơn|cam on))?\s*[.!]*\s*$/iu;

/** Quotes around the whole question, straight or curly. */
const WRAPPING_QUOTES = /^["“”](.+)["“”]$/su;

/**
 * An officer's own checklist wraps a question too: "cho em hỏi mấy ý nha: 1) …", "hỏi ý 3: …". The
 * points' count and numbers ("mấy ý", "ý 3", "1)") number the officer's points, not a letter's.
 */
const CHECKLIST_POINTS = /(?<![\p{L}\p{N}])(?:(?:mấy|vài|các|mấy cái|hai|ba|\d)\s+ý(?:\s+(?:nha|nhé|sau|nhỏ))?|ý\s+(?:này|\d{1,2}))\s*:/giu;
/** A point's number opening the message or following a colon or a line break: "1)", "(2)". */
const CHECKLIST_NUMBER = /(^|[:\n]\s*)\(?\d{1,2}\)\s+/gu;

/** The question without the wrapping a relay or a checklist put around it; unchanged when there is none. */
export function unwrapRelayed(question: string): string {
  const unwrapped = question
    .replace(FORWARD_MARK, "")
    .replace(SALUTATION, "")
    .replace(CLOSING, "")
    .replace(REQUEST_TO_BOT, "")
    .replace(CALL_FOR_ANSWER, "")
    .replace(CHECKLIST_POINTS, ":")
    .replace(CHECKLIST_NUMBER, "$1")
    .trim();
  const inner = WRAPPING_QUOTES.exec(unwrapped)?.[1]?.trim();
  const result = inner || unwrapped;
  // A message that was nothing but wrapping keeps its words: the rest of the KB declines it.
  return result ? result : question;
}
