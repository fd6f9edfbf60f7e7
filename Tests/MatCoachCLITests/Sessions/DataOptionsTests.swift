import Testing

@testable import MatCoachCLI

@Suite struct DataOptionsTests {
  @Test func theLogIsInDataDirElseXDGDataHomeElseTheHomeFolder() {
    let path = DataOptions.logPath
    #expect(path("/d/", ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/d/sessions.jsonl")
    #expect(path(nil, ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/matcoach/sessions.jsonl")
    #expect(path(nil, ["HOME": "/h"]) == "/h/.local/share/matcoach/sessions.jsonl")
    // The XDG rules: a relative path is invalid, and ignored.
    #expect(path(nil, ["XDG_DATA_HOME": "rel", "HOME": "/h"]) == "/h/.local/share/matcoach/sessions.jsonl")
    #expect(path("", ["HOME": "/h"]) == "/h/.local/share/matcoach/sessions.jsonl")
  }
}
