import Testing

@testable import MatCoachCLI

@Suite struct HistoryFileTests {
  @Test func followsXDGStateHome() {
    #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/matcoach/history")
  }

  @Test func fallsBackToHomeWhenXDGIsUnsetOrRelative() {
    #expect(HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/matcoach/history")
    // The XDG spec: a relative path is invalid and must be ignored.
    #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/matcoach/history")
  }
}
