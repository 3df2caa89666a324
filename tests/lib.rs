//! One integration test binary: behaviour cases from `testdata/*.toml`,
//! property tests, and the `check` example's input handling.

mod cli;
mod findings;
mod matching;
mod props;
mod testdata;
