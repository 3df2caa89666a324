//! Grouping: which claims across sources speak of the same subject.
