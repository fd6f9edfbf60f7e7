// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "matcoach",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "matcoach", targets: ["matcoach"]),
    .executable(name: "matcoach-bench", targets: ["matcoach-bench"]),
    .library(name: "MatCoachKit", targets: ["MatCoachKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // libedit, the BSD line editor, through its readline-compatible header.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // How the line reader meets signals: the one definition of their state (a C file,
    // not a header, so the optimiser cannot give each caller a copy of its own).
    .target(name: "CLineInput", dependencies: ["CEditLine"]),
    // The pure core: knowledge base, matching, dialogue and transcripts. No terminal.
    .target(
      name: "MatCoachKit",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // The command-line tool as a library: subcommands, presenters, line readers, files.
    .target(
      name: "MatCoachCLI",
      dependencies: [
        "MatCoachKit",
        "CEditLine",
        "CLineInput",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The executable: one file that starts MatCoachCLI. It carries the knowledge base
    // and the guide, found beside the binary.
    .executableTarget(
      name: "matcoach",
      dependencies: ["MatCoachCLI"],
      resources: [.copy("../../Intents"), .copy("../../seeds")]
    ),
    // Measures load, classify and turn times on generated knowledge bases (`make bench`).
    .executableTarget(
      name: "matcoach-bench",
      dependencies: [
        "MatCoachKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "MatCoachKitTests",
      dependencies: ["MatCoachKit"],
      exclude: ["Fixtures"]  // read from the source tree by path, not bundled
    ),
    // Starts a program on a pseudo-terminal, for the end-to-end REPL tests.
    .target(
      name: "PTYSupport",
      path: "Tests/PTYSupport",
      linkerSettings: [.linkedLibrary("util")]
    ),
    // A program embedding the coach through its public API only.
    .testTarget(
      name: "MatCoachKitClientTests",
      dependencies: ["MatCoachKit"]
    ),
    .testTarget(
      name: "MatCoachCLITests",
      dependencies: ["MatCoachCLI", "MatCoachKit"]
    ),
    .testTarget(
      name: "matcoachTests",
      dependencies: ["matcoach", "PTYSupport"]
    ),
  ]
)
