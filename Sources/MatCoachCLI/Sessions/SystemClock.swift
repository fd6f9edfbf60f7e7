import CLineInput
import Foundation
import MatCoachKit

/// The real time, for a guided session in a terminal: waits sleep, and Ctrl-C (or
/// SIGTERM, SIGHUP) ends a wait at once.
struct SystemClock: SessionClock {
  init() {
    // The line reader's handlers: Ctrl-C sets a flag instead of ending the program.
    matcoach_install_line_reader()
    matcoach_reset_interrupt()
  }

  var now: Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

  mutating func wait(until deadline: Double) -> Bool {
    while true {
      let left = deadline - now
      if left <= 0 { return true }
      if matcoach_wait(left) != 0 { return false }
    }
  }
}
