// swift-tools-version: 6.0
// Swift 6 language mode for every target (tools version 6.0). The four C libraries come in as system-library
// targets, each imported by exactly one Swift wrapper module; libxml2 additionally hides behind a C facade so that no
// Swift module ever sees its headers (they pull in the system ICU, which clashes with Foundation's on clean builds).
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "connect-ingest",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "connect-ingest", targets: ["IngestCLI"]),
        .executable(name: "agency-sim", targets: ["AgencySimCLI"]),
        .executable(name: "ingest-bench", targets: ["IngestBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // C libraries (system packages; see scripts/setup).
        .systemLibrary(
            name: "CCurl", path: "Sources/C/CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CLibPQ", path: "Sources/C/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(
            name: "CHiredis", path: "Sources/C/CHiredis", pkgConfig: "hiredis",
            providers: [.apt(["libhiredis-dev"])]),
        // Carries libxml2's compiler and linker flags into CXMLFacade; its module map exposes nothing.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/C/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .target(name: "CXMLFacade", dependencies: ["CLibXML2"], path: "Sources/C/CXMLFacade"),
        .systemLibrary(name: "CZlib", path: "Sources/C/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CCrypto", path: "Sources/C/CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // The only Swift modules that import C: one wrapper per library.
        .target(name: "CurlTransport", dependencies: ["CCurl"], swiftSettings: swiftSettings),
        .target(name: "HTMLQuery", dependencies: ["CXMLFacade"], swiftSettings: swiftSettings),
        .target(name: "PostgresClient", dependencies: ["CLibPQ"], swiftSettings: swiftSettings),
        .target(name: "RedisClient", dependencies: ["CHiredis"], swiftSettings: swiftSettings),
        .target(name: "ArchiveCodec", dependencies: ["CZlib", "CCrypto"], swiftSettings: swiftSettings),

        // Settings and the TOML files they (and agencies/) are written in.
        .target(name: "TOML", swiftSettings: swiftSettings),
        .target(name: "IngestConfig", dependencies: ["TOML"], swiftSettings: swiftSettings),

        // Pipeline stages.
        .target(name: "Parse", dependencies: ["HTMLQuery", "TOML"], swiftSettings: swiftSettings),
        .target(name: "Store", dependencies: ["PostgresClient", "Parse", "Match"], swiftSettings: swiftSettings),
        .target(
            name: "Crawl", dependencies: ["Fetch", "Parse", "Store", "ArchiveCodec", "CurlTransport"],
            swiftSettings: swiftSettings),
        .target(
            name: "Fetch", dependencies: ["CurlTransport", "RedisClient", "ArchiveCodec", "Store", "IngestMetrics"],
            swiftSettings: swiftSettings),

        // Metrics: the series every stage records (swift-metrics API), their Prometheus exposition (swift-prometheus),
        // the worker's /metrics endpoint and the timer-run commands' node_exporter textfiles.
        .target(
            name: "IngestMetrics",
            dependencies: [
                "IngestConfig", "JobQueue", "RedisClient", "PostgresClient",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings),

        // Matching: program features, the sector taxonomy and Korean terms, gates and scores (pure).
        .target(name: "Match", dependencies: ["Parse"], swiftSettings: swiftSettings),

        // Organizations: import from CSV/JSON, the sealed business registration number, the organizations table.
        .target(
            name: "Organizations",
            dependencies: ["Match", "Parse", "PostgresClient", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings),

        // Match runs: organizations ranked against open programs in parallel batches, written per batch.
        .target(
            name: "Matcher", dependencies: ["Match", "Organizations", "PostgresClient", "RedisClient", "IngestMetrics"],
            swiftSettings: swiftSettings),

        // Scheduling and the job queue: what the timers enqueue and the workers take.
        .target(name: "JobQueue", dependencies: ["RedisClient"], swiftSettings: swiftSettings),
        .target(name: "Schedule", dependencies: ["JobQueue", "Parse"], swiftSettings: swiftSettings),

        // The command-line tool that drives them.
        .executableTarget(
            name: "IngestCLI",
            dependencies: [
                "IngestConfig", "Store", "Parse", "PostgresClient", "RedisClient", "CurlTransport", "HTMLQuery",
                "Fetch",
                "Crawl", "JobQueue", "Schedule", "Match", "Organizations", "Matcher", "IngestMetrics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings),

        // The simulated agency web: the agencies' sites served from Fixtures/ on loopback, misbehaving on demand.
        .target(name: "AgencySim", dependencies: ["TOML"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "AgencySimCLI",
            dependencies: ["AgencySim", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings),

        // Benchmarks (scripts/bench): one JSON line per figure.
        .executableTarget(
            name: "IngestBench",
            dependencies: [
                "Parse", "HTMLQuery", "AgencySim", "Fetch", "CurlTransport", "Store", "PostgresClient", "IngestConfig",
                "JobQueue", "RedisClient", "Match", "Matcher",
            ],
            swiftSettings: swiftSettings),

        // Test support: where the services started by scripts/services are, and isolated databases/key spaces.
        .target(
            name: "TestSupport", dependencies: ["PostgresClient", "RedisClient"], path: "Tests/TestSupport",
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CurlTransportTests", dependencies: ["CurlTransport", "AgencySim"], swiftSettings: swiftSettings),
        .testTarget(name: "HTMLQueryTests", dependencies: ["HTMLQuery"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PostgresClientTests", dependencies: ["PostgresClient", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "RedisClientTests", dependencies: ["RedisClient", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "TOMLTests", dependencies: ["TOML"], swiftSettings: swiftSettings),
        .testTarget(name: "ParseTests", dependencies: ["Parse", "AgencySim"], swiftSettings: swiftSettings),
        .testTarget(name: "IngestConfigTests", dependencies: ["IngestConfig"], swiftSettings: swiftSettings),
        .testTarget(
            name: "StoreTests", dependencies: ["Store", "PostgresClient", "TestSupport", "Parse"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "IngestCLITests",
            dependencies: ["TestSupport", "AgencySim", "PostgresClient", "RedisClient", "IngestMetrics", "IngestCLI"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "AgencySimTests", dependencies: ["AgencySim", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "FixtureTests", dependencies: ["AgencySim", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CrawlTests",
            dependencies: [
                "Crawl", "Fetch", "Parse", "Store", "PostgresClient", "RedisClient", "TestSupport", "AgencySim",
            ],
            swiftSettings: swiftSettings),
        .testTarget(name: "MatchTests", dependencies: ["Match", "Parse"], swiftSettings: swiftSettings),
        .testTarget(
            name: "MatcherTests",
            dependencies: [
                "Matcher", "Match", "Parse", "Store", "PostgresClient", "TestSupport", "Organizations", "AgencySim",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "OrganizationsTests",
            dependencies: ["Organizations", "Match", "Parse", "Store", "PostgresClient", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JobQueueTests", dependencies: ["JobQueue", "RedisClient", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ScheduleTests", dependencies: ["Schedule", "JobQueue", "RedisClient", "TestSupport", "Parse"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "IngestMetricsTests",
            dependencies: ["IngestMetrics", "IngestConfig", "JobQueue", "RedisClient", "PostgresClient", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "FetchTests",
            dependencies: [
                "Fetch", "RedisClient", "PostgresClient", "Store", "TestSupport", "AgencySim", "ArchiveCodec",
            ],
            swiftSettings: swiftSettings),
    ]
)
