//! Counting attempts for the rate limits in `domain::limits`. Kept in memory: one server
//! process (the embedded SQLite mode) sees every attempt; several instances would each count
//! their own.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use domain::limits::RateLimit;

/// Recent attempts per key ("sign-in:account:alex@example.com", "sign-in:address:1.2.3.4").
#[derive(Debug, Clone, Default)]
pub struct Attempts(Arc<Mutex<HashMap<String, VecDeque<DateTime<Utc>>>>>);

impl Attempts {
    /// Records an attempt under every key, unless one of them is over its limit: then
    /// nothing is recorded and the answer is how many seconds until the oldest attempt in
    /// the fullest window expires.
    pub fn try_attempt(&self, now: DateTime<Utc>, keys: &[(String, RateLimit)]) -> Result<(), i64> {
        let mut map = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut wait = 0;
        for (key, limit) in keys {
            let window = Duration::minutes(limit.window_minutes);
            let seen = map.entry(key.clone()).or_default();
            while seen.front().is_some_and(|t| *t <= now - window) {
                seen.pop_front();
            }
            if seen.len() >= usize::try_from(limit.attempts).unwrap_or(usize::MAX) {
                if let Some(oldest) = seen.front() {
                    wait = wait.max((*oldest + window - now).num_seconds());
                }
            }
        }
        if wait > 0 {
            return Err(wait);
        }
        for (key, _) in keys {
            map.entry(key.clone()).or_default().push_back(now);
        }
        // Forget keys with no recent attempts, so the map does not grow without end.
        map.retain(|_, seen| !seen.is_empty());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_engages_after_the_allowed_attempts_and_lifts_when_the_window_passes() {
        let attempts = Attempts::default();
        let limit = RateLimit {
            attempts: 3,
            window_minutes: 15,
        };
        let start = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
            .expect("t")
            .to_utc();
        let key = || vec![("sign-in:account:alex@example.com".to_owned(), limit)];
        for minute in 0..3 {
            assert_eq!(
                attempts.try_attempt(start + Duration::minutes(minute), &key()),
                Ok(())
            );
        }
        assert_eq!(
            attempts.try_attempt(start + Duration::minutes(5), &key()),
            Err(10 * 60),
            "wait until 09:15"
        );
        assert_eq!(
            attempts.try_attempt(start + Duration::minutes(15), &key()),
            Ok(()),
            "the first attempt has expired"
        );
        let other = vec![("sign-in:account:sam@example.com".to_owned(), limit)];
        assert_eq!(
            attempts.try_attempt(start + Duration::minutes(5), &other),
            Ok(()),
            "other accounts are not affected"
        );
    }

    #[test]
    fn a_refused_attempt_is_not_counted_against_the_other_keys() {
        let attempts = Attempts::default();
        let now = Utc::now();
        let tight = RateLimit {
            attempts: 1,
            window_minutes: 60,
        };
        let loose = RateLimit {
            attempts: 2,
            window_minutes: 60,
        };
        let keys = vec![("a".to_owned(), tight), ("b".to_owned(), loose)];
        assert_eq!(attempts.try_attempt(now, &keys), Ok(()));
        assert!(attempts.try_attempt(now, &keys).is_err());
        assert_eq!(
            attempts.try_attempt(now, &[("b".to_owned(), loose)]),
            Ok(()),
            "b has had only one attempt"
        );
    }
}
