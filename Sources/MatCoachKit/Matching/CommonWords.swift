/// Everyday English words that say nothing about a topic on their own ("like", "want",
/// "make"). Words that often carry a question's meaning here ("long", "often", "day",
/// "new") are deliberately not in it. Part of the language, not of any knowledge base: a word here never counts
/// as evidence when an utterance is matched word by word instead of by phrase.
enum CommonWords {
  static let table = WordTable(Dictionary(words.map { (Stemmer.stem($0), true) }, uniquingKeysWith: { a, _ in a }))

  static func contains(_ stem: String) -> Bool { table.contains(stem) }

  static let words = [
    "about", "above", "actually", "after", "afterwards", "again", "against", "all", "almost", "also", "always",
    "am", "an", "and", "any", "anything", "are", "around", "as", "ask", "at", "away", "back", "bad",
    "be", "because", "been", "before", "being", "best", "better", "between", "big", "both", "bit",
    "but", "by", "came", "can", "come", "could", "did", "do", "does", "doing", "done",
    "down", "each", "even", "ever", "exactly", "feel", "few", "fine", "for", "from", "get",
    "give", "go", "going", "good", "got", "great", "had", "has", "have", "having", "he", "her",
    "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "keep", "kind",
    "know", "last", "least", "less", "let", "like", "little", "live", "living", "look", "lot", "lower", "made", "make",
    "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "need", "never",
    "next", "nice", "no", "not", "now", "of", "off", "ok", "okay", "on",
    "one", "only", "or", "other", "our", "out", "over", "own", "people", "please", "proper", "properly", "put", "quite",
    "really", "right", "said", "same", "say", "see", "seem", "she", "should", "since", "so", "some",
    "something", "someone", "somebody", "anyone", "anybody", "everyone", "still", "such", "sure", "take", "tell", "than", "thank", "that", "the", "their",
    "them", "then", "there", "these", "they", "thing", "think", "this", "those", "though", "through",
    "to", "today", "too", "try", "two", "under", "until", "up", "upper", "us", "use", "very", "want", "was",
    "way", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "why",
    "will", "with", "without", "work", "would", "yes", "yet", "you", "your", "yours",
  ]
}
