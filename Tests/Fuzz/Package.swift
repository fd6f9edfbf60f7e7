// swift-tools-version: 6.1
// libFuzzer targets for the core, built and run by `make fuzz` (not by `make test`):
//
//   swift build --package-path Tests/Fuzz -c release -Xswiftc -sanitize=fuzzer,address
//
// A package of its own, so that the fuzzer's instrumentation and its runtime never reach
// the product's build. Each target's main.swift hands its test function to libFuzzer.
import PackageDescription

let package = Package(
  name: "matcoach-fuzz",
  dependencies: [.package(name: "matcoach", path: "../..")],
  targets: [
    // Starts libFuzzer from a Swift main (see its header).
    .target(name: "FuzzerDriver"),
    // Lines typed to the coach: normalise, screen, match, answer, render.
    .executableTarget(
      name: "FuzzConversation",
      dependencies: ["FuzzerDriver", .product(name: "MatCoachKit", package: "matcoach")]
    ),
    // Knowledge-base files as a curator might break them: load, lint, compile, answer.
    .executableTarget(
      name: "FuzzKnowledgeLoader",
      dependencies: ["FuzzerDriver", .product(name: "MatCoachKit", package: "matcoach")]
    ),
    // Session log files, torn or edited: read as JSON lines and as CSV, write back, read again.
    .executableTarget(
      name: "FuzzSessionLog",
      dependencies: ["FuzzerDriver", .product(name: "MatCoachKit", package: "matcoach")]
    ),
    // Transcript files: parse, write back, parse again.
    .executableTarget(
      name: "FuzzTranscript",
      dependencies: ["FuzzerDriver", .product(name: "MatCoachKit", package: "matcoach")]
    ),
  ]
)
