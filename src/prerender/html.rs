//! Escaping and the page document: the shell `index.html` with a page's title, description,
//! link-preview tags and prerendered body put in.

/// Text for an HTML text node or a double-quoted attribute value.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// What a page says about itself in `<head>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    /// The English `<title>` (what a reader without JavaScript and link previews get).
    pub title: String,
    /// The Korean `<title>`, set by the language script before the first paint.
    pub title_ko: String,
    pub description: String,
    /// `website` for the trail, `article` for a project.
    pub og_type: &'static str,
    /// The absolute address of the page, when the build knows the site's address.
    pub url: Option<String>,
}

impl Meta {
    /// The tags that replace the shell's `<title>` and description.
    pub fn head_tags(&self) -> String {
        let title = esc(&self.title);
        let desc = esc(&self.description);
        let mut out = format!(
            "<title data-ko=\"{}\">{title}</title>\n    \
             <meta name=\"description\" content=\"{desc}\" />\n    \
             <meta property=\"og:site_name\" content=\"Trail Map\" />\n    \
             <meta property=\"og:type\" content=\"{}\" />\n    \
             <meta property=\"og:title\" content=\"{title}\" />\n    \
             <meta property=\"og:description\" content=\"{desc}\" />\n    \
             <meta property=\"og:locale\" content=\"en_US\" />\n    \
             <meta property=\"og:locale:alternate\" content=\"ko_KR\" />\n    ",
            esc(&self.title_ko),
            self.og_type,
        );
        if let Some(url) = &self.url {
            out.push_str(&format!(
                "<meta property=\"og:url\" content=\"{}\" />\n    <link rel=\"canonical\" href=\"{}\" />\n    ",
                esc(url),
                esc(url)
            ));
        }
        out.push_str(&format!(
            "<meta name=\"twitter:card\" content=\"summary\" />\n    \
             <meta name=\"twitter:title\" content=\"{title}\" />\n    \
             <meta name=\"twitter:description\" content=\"{desc}\" />"
        ));
        out
    }
}

/// The shell with `meta` in its head and `body` at the start of `<body>` (after the
/// `<noscript>` notice). The shell must have exactly one `<title>…</title>`, one
/// `<meta name="description" …>` and one `<body>`.
pub fn document(shell: &str, meta: &Meta, body: &str) -> Result<String, String> {
    let title_start = one(shell, "<title>")?;
    let title_end = one(shell, "</title>")? + "</title>".len();
    if title_end < title_start {
        return Err("the shell's </title> comes before <title>".into());
    }
    let desc_start = one(shell, "<meta name=\"description\"")?;
    let desc_end = shell[desc_start..]
        .find("/>")
        .map(|i| desc_start + i + 2)
        .ok_or("the shell's description tag is not closed")?;
    // Remove the description first if it comes later, so the title offsets stay valid.
    let mut out = shell.to_string();
    let mut cuts = [
        (title_start, title_end, true),
        (desc_start, desc_end, false),
    ];
    cuts.sort_by_key(|c| std::cmp::Reverse(c.0));
    for (start, end, is_title) in cuts {
        let with = if is_title {
            meta.head_tags()
        } else {
            String::new()
        };
        out.replace_range(start..end, &with);
    }
    // A line left empty where the description was.
    out = out.replace("\n    \n", "\n");
    let after_body = match out.find("</noscript>") {
        Some(i) => i + "</noscript>".len(),
        None => one(&out, "<body>")? + "<body>".len(),
    };
    out.insert_str(after_body, &format!("\n    {body}"));
    Ok(out)
}

/// The offset of the only occurrence of `needle`.
fn one(hay: &str, needle: &str) -> Result<usize, String> {
    let first = hay
        .find(needle)
        .ok_or_else(|| format!("the shell has no {needle}"))?;
    if hay[first + needle.len()..].contains(needle) {
        return Err(format!("the shell has more than one {needle}"));
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta name=\"description\" content=\"old\" />\n    <title>Trail Map</title>\n  </head>\n  <body>\n    <noscript>x</noscript>\n  </body>\n</html>\n";

    fn meta(url: Option<&str>) -> Meta {
        Meta {
            title: "Prometheus · Trail Map".into(),
            title_ko: "프로메테우스 <b>".into(),
            description: "Metrics & \"alerts\"".into(),
            og_type: "article",
            url: url.map(str::to_string),
        }
    }

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(esc("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
        assert_eq!(esc("한국어"), "한국어");
    }

    #[test]
    fn document_replaces_title_and_description_and_adds_the_body() {
        let doc = document(SHELL, &meta(None), "<div>BODY</div>").unwrap();
        assert!(!doc.contains("content=\"old\""));
        assert!(!doc.contains("<title>Trail Map</title>"));
        assert_eq!(doc.matches("<title").count(), 1);
        assert!(doc
            .contains("<title data-ko=\"프로메테우스 &lt;b&gt;\">Prometheus · Trail Map</title>"));
        assert!(doc.contains(
            "<meta name=\"description\" content=\"Metrics &amp; &quot;alerts&quot;\" />"
        ));
        assert!(doc.contains("<meta property=\"og:type\" content=\"article\" />"));
        assert!(doc.contains("<meta name=\"twitter:card\" content=\"summary\" />"));
        assert!(doc.contains("<meta property=\"og:title\" content=\"Prometheus · Trail Map\" />"));
        assert!(!doc.contains("og:url"), "no og:url without a site address");
        let body = doc.find("<div>BODY</div>").unwrap();
        assert!(body > doc.find("</noscript>").unwrap());
        assert!(body < doc.find("</body>").unwrap());
    }

    #[test]
    fn og_url_only_with_a_site_address() {
        let doc = document(
            SHELL,
            &meta(Some("https://example.org/project/prometheus")),
            "",
        )
        .unwrap();
        assert!(doc.contains(
            "<meta property=\"og:url\" content=\"https://example.org/project/prometheus\" />"
        ));
        assert!(doc.contains(
            "<link rel=\"canonical\" href=\"https://example.org/project/prometheus\" />"
        ));
    }

    #[test]
    fn a_shell_without_its_landmarks_is_an_error() {
        assert!(document("<html><body></body></html>", &meta(None), "").is_err());
        let twice = SHELL.replace("</head>", "<title>x</title></head>");
        assert!(document(&twice, &meta(None), "").is_err());
    }
}
