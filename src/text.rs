//! Small text rules every layer shares: shortening for display, and which URLs may become
//! links. Pure.

/// `s` for display in at most `max` characters: control characters dropped, and "…" added
/// when something was cut. Ids and values from links or files can be thousands of
/// characters long.
pub fn shorten(s: &str, max: usize) -> String {
    let mut visible = s.chars().filter(|c| !c.is_control());
    let mut out: String = visible.by_ref().take(max).collect();
    if visible.next().is_some() {
        out.push('…');
    }
    out
}

/// An `https://` URL with a host and no whitespace: the only URLs the app links to, and
/// the only ones the dataset may hold.
pub fn is_https(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_on_characters_and_marks_the_cut() {
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("abcd", 3), "abc…");
        assert_eq!(shorten("한국어입니다", 3), "한국어…");
        assert_eq!(shorten("a\u{7}b\nc", 3), "abc");
        assert_eq!(shorten("", 3), "");
    }

    #[test]
    fn only_https_urls_with_a_host_pass() {
        assert!(is_https("https://prometheus.io"));
        assert!(is_https("https://github.com/cncf/trailmap"));
        for bad in [
            "http://prometheus.io",
            "javascript:alert(1)",
            "https://",
            "https:///x",
            "https://a b",
            " https://a",
            "HTTPS://a",
            "",
        ] {
            assert!(!is_https(bad), "{bad}");
        }
    }
}
