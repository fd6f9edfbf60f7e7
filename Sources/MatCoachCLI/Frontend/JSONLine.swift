import MatCoachKit

/// The `--json` contract: one object per input line, fields in a fixed order.
///
/// `{"input":…,"intent":…|null,"score":…,"reply":…,"source":[…]|null,"facts":{…},"kind":…,"safety":{…}|null,"offered":[…],"session":{…}|null,"logged":{…}|null,"answers":[…],"off_topic":true|false}`
enum JSONLine {
  static func encode(input: String, reply: Reply, knowledge: KnowledgeBase) -> String {
    var facts: [String] = []
    for fact in knowledge.facts {
      guard let entry = reply.profile[fact.name] else { continue }
      let value = entry.number.map(number) ?? string(entry.value)
      facts.append("\(string(fact.name)):\(value)")
    }
    if !reply.profile.safety.isEmpty {
      let heard = reply.profile.safety.heard.map { item in
        "{\"id\":\(string(item.id)),\"tier\":\(string(item.tier.rawValue)),\"said\":\(string(item.said)),\"seen_to\":\(item.seenTo)}"
      }
      facts.append("\"safety\":[" + heard.joined(separator: ",") + "]")
    }
    // "someone_else" only when an emergency was told of in someone else: added, so every
    // earlier reply reads as before.
    let safety = reply.notice.map { notice in
      "{\"kind\":\(string(notice.kind.rawValue)),\"tier\":\(string(notice.tier.rawValue)),\"signs\":["
        + notice.signs.map(string).joined(separator: ",") + "]"
        + (notice.someoneElse.isEmpty ? "" : ",\"someone_else\":[" + notice.someoneElse.map(string).joined(separator: ",") + "]") + "}"
    }
    let session: String = reply.session.map { "{\"minutes\":\($0.minutes)}" } ?? "null"
    let logged: String = reply.logged.map { SessionLog.jsonLine($0) } ?? "null"
    let fields: [String] = [
      "\"input\":" + string(input),
      "\"intent\":" + (reply.intent.map(string) ?? "null"),
      "\"score\":" + number(reply.score),
      "\"reply\":" + string(reply.text),
      "\"source\":" + (reply.sources.isEmpty ? "null" : "[" + reply.sources.map { string(Guide.fold($0)) }.joined(separator: ",") + "]"),
      "\"facts\":{" + facts.joined(separator: ",") + "}",
      "\"kind\":" + string(reply.kind.rawValue),
      "\"safety\":" + (safety ?? "null"),
      "\"offered\":[" + reply.offered.map { string($0.intent) }.joined(separator: ",") + "]",
      "\"session\":" + session,
      "\"logged\":" + logged,
      "\"answers\":[" + (reply.answers.isEmpty ? [reply.intent].compactMap { $0 } : reply.answers.map(\.intent)).map(string).joined(separator: ",") + "]",
      "\"off_topic\":\(reply.offTopic)",
    ]
    return "{" + fields.joined(separator: ",") + "}"
  }

  /// A JSON number: whole numbers as integers, others with two decimals, and numbers
  /// too large for either (a curator may leave a fact's `range:` open) as Swift writes
  /// them (`1e+19`), which JSON reads too. JSON has no NaN or infinity: those are null.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    guard abs(value) < 1e15 else { return String(value) }
    return value == value.rounded() ? String(Int(value)) : IntentMatch.format(score: value)
  }

  /// A JSON string literal; control characters escaped so the object stays on one line.
  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029
        {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
