import MatCoachKit
import Testing

@Suite struct GuidedSessionTests {
  let script = TestSupport.knowledge.sessions

  func run(minutes: Int, interruptAfter: Double? = nil) -> (events: [SessionEvent], outcome: GuidedSession.Outcome) {
    var clock = FakeClock(interruptAfter: interruptAfter)
    var events: [SessionEvent] = []
    let outcome = GuidedSession(plan: SessionPlan(minutes: minutes, script: script)).run(clock: &clock) {
      events.append($0)
    }
    return (events, outcome)
  }

  func cues(_ events: [SessionEvent]) -> [SessionPlan.Cue] {
    events.compactMap { if case .cue(let cue) = $0 { cue } else { nil } }
  }

  @Test func aTenMinuteSessionSaysEveryCueInOrderAndLastsTenMinutes() throws {
    let (events, outcome) = run(minutes: 10)
    let said = cues(events)
    #expect(said.map(\.kind) == [.start, .breathe, .breathe, .breathe, .halfway, .breathe, .breathe, .oneMinuteLeft, .end])
    #expect(said.map(\.at) == [0, 30, 150, 270, 300, 390, 510, 540, 600])
    // The cues are the knowledge base's, from the guide: breathing in through the nose
    // and out through the mouth, and rolling off slowly at the end.
    #expect(said[1].line.text.contains("in slowly through your nose"))
    #expect(said[1].line.text.contains("out slowly through your mouth"))
    #expect(said[2].line.text != said[1].line.text)
    #expect(try #require(said.last).line.text.contains("Roll off the mat slowly"))
    #expect(try #require(said.last).line.text.contains("water"))
    #expect(said.allSatisfy { !$0.line.text.isEmpty })
    #expect(outcome == GuidedSession.Outcome(seconds: 600, endedEarly: false))
    #expect(outcome.minutes == 10)
    // A tick a second, counting down to the end.
    let ticks = events.compactMap { if case .tick(let elapsed, let remaining) = $0 { (elapsed, remaining) } else { nil } }
    #expect(ticks.count == 600)
    #expect(ticks.first! == (0, 600))
    #expect(ticks.last! == (599, 1))
  }

  @Test func ctrlCAtMinuteFourEndsItWithFourMinutesDone() {
    let (events, outcome) = run(minutes: 10, interruptAfter: 4 * 60 + 20)
    #expect(outcome == GuidedSession.Outcome(seconds: 260, endedEarly: true))
    #expect(outcome.minutes == 4)
    #expect(!cues(events).contains { $0.kind == .halfway || $0.kind == .end })
  }

  @Test func aTwentyMinuteSessionRunsOnTheFakeClockWithoutWaiting() {
    var clock = FakeClock()
    let outcome = GuidedSession(plan: SessionPlan(minutes: 20, script: script)).run(clock: &clock) { _ in }
    #expect(outcome.minutes == 20)
    #expect(clock.waits == 1200)
    #expect(clock.now == 1000 + 1200)
  }

  @Test func shortSessionsKeepTheEndAndSayNothingTwiceAtOnce() {
    let one = SessionPlan(minutes: 1, script: script)
    #expect(one.cues.map(\.kind) == [.start, .breathe, .end])
    let two = SessionPlan(minutes: 2, script: script)
    #expect(two.cues.map(\.kind) == [.start, .breathe, .halfway, .end])
    for minutes in 1...45 {
      let cues = SessionPlan(minutes: minutes, script: script).cues
      #expect(cues.last?.kind == .end && cues.last?.at == minutes * 60)
      #expect(zip(cues, cues.dropFirst()).allSatisfy { $0.at <= $1.at })
      // A breathing cue never comes within 15 seconds of another cue.
      for (a, b) in zip(cues, cues.dropFirst()) where a.kind == .breathe || b.kind == .breathe {
        #expect(b.at - a.at >= 15, "\(minutes) minutes: \(a.kind) at \(a.at), \(b.kind) at \(b.at)")
      }
    }
  }

  @Test func aScriptWithoutCuesIsABareTimer() {
    let plan = SessionPlan(minutes: 3, script: SessionScript())
    #expect(plan.cues.map(\.kind) == [.end])
  }

  @Test func aCueLongOverdueAfterTheComputerSleptIsNotSaid() {
    // The clock jumps from 0:20 to 6:00 (a laptop lid closed): the breathing cues missed
    // are dropped; half time is still said.
    struct Jumping: SessionClock {
      var now: Double = 0
      mutating func wait(until deadline: Double) -> Bool {
        now = deadline == 21 ? 360 : deadline
        return true
      }
    }
    var clock = Jumping()
    var said: [SessionPlan.Cue.Kind] = []
    _ = GuidedSession(plan: SessionPlan(minutes: 10, script: script)).run(clock: &clock) { event in
      if case .cue(let cue) = event { said.append(cue.kind) }
    }
    #expect(said == [.start, .halfway, .breathe, .breathe, .oneMinuteLeft, .end])
  }
}
