/// A fact read from one utterance, to be remembered.
package struct FactUpdate: Hashable, Sendable {
  package var fact: String
  package var entry: Profile.Entry
  /// The tokens it came from; a later update of the same fact wins.
  package var tokens: ClosedRange<Int>
  /// How many words of a phrase matched (a longer phrase is more specific).
  package var words: Int
  /// True when the user denied it ("I'm not new"): forget it if it was remembered.
  package var denied: Bool
  /// True when it was said in a question, a plan or a "what if" ("can I do 30 mins?"):
  /// the question is about it, so it is not remembered as a fact about the user.
  package var asked = false
  /// Set when the amount is a change to the one remembered ("knocked 5 off"): the entry's
  /// number is the change, and the remembered amount is needed to know the new one.
  package var change: FactChange?

  package init(fact: String, entry: Profile.Entry, tokens: ClosedRange<Int>, words: Int, denied: Bool = false) {
    self.fact = fact
    self.entry = entry
    self.tokens = tokens
    self.words = words
    self.denied = denied
  }

  package var position: Int { tokens.lowerBound }
}
