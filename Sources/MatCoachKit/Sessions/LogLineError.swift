/// Why one line of a log is not an entry.
struct LogLineError: Error {
  var message: String
}
