//! The project's one vocabulary: the Korean and English variants our texts must not use.
//!
//! The glossary itself (which word we use) is documented in `data/README.md`; this module
//! holds its enforceable half, the variants that must not slip back. `validate` runs it over
//! every dataset text (check `vocabulary`), and `tests/dataset.rs` over the UI strings.

use crate::catalog::Lang;

/// A Korean phrase we don't use, and what to write instead.
pub struct KoVariant {
    pub phrase: &'static str,
    pub use_instead: &'static str,
}

/// Korean variants, matched as substrings. Some are phrases rather than single words because
/// the word alone is fine elsewhere: 승인 (approval) and 보관 (retention) are correct in their
/// own sense; only "admission" and "archived" must not be rendered with them. Likewise
/// 저장소 means a repository; the phrases below are the places it was used for storage.
pub const KO_VARIANTS: &[KoVariant] = &[
    KoVariant {
        phrase: "관측성",
        use_instead: "관측 가능성",
    },
    KoVariant {
        phrase: "관찰 가능성",
        use_instead: "관측 가능성",
    },
    KoVariant {
        phrase: "관찰가능성",
        use_instead: "관측 가능성",
    },
    KoVariant {
        phrase: "옵저버빌리티",
        use_instead: "관측 가능성",
    },
    KoVariant {
        phrase: "승인 제어",
        use_instead: "어드미션 제어",
    },
    KoVariant {
        phrase: "승인 컨트롤러",
        use_instead: "어드미션 컨트롤러",
    },
    KoVariant {
        phrase: "승인 웹훅",
        use_instead: "어드미션 웹훅",
    },
    KoVariant {
        phrase: "승인 정책",
        use_instead: "어드미션 정책",
    },
    KoVariant {
        phrase: "보관됨",
        use_instead: "아카이브됨",
    },
    KoVariant {
        phrase: "보관 상태",
        use_instead: "아카이브 상태",
    },
    KoVariant {
        phrase: "보관 처리",
        use_instead: "아카이브",
    },
    KoVariant {
        phrase: "보관(archived)",
        use_instead: "아카이브",
    },
    KoVariant {
        phrase: "키-값 저장소",
        use_instead: "키-값 스토어",
    },
    KoVariant {
        phrase: "오브젝트 저장소",
        use_instead: "오브젝트 스토어 / 오브젝트 스토리지",
    },
    KoVariant {
        phrase: "객체 저장소",
        use_instead: "오브젝트 스토리지",
    },
    KoVariant {
        phrase: "로그 저장소",
        use_instead: "로그 스토리지",
    },
    KoVariant {
        phrase: "분산 저장소",
        use_instead: "분산 스토리지",
    },
    KoVariant {
        phrase: "데이터 저장소",
        use_instead: "데이터 스토어",
    },
    KoVariant {
        phrase: "저장소 백엔드",
        use_instead: "스토리지 백엔드",
    },
    KoVariant {
        phrase: "저장소 용량",
        use_instead: "스토리지 용량",
    },
    KoVariant {
        phrase: "신뢰 저장소",
        use_instead: "트러스트 스토어",
    },
    KoVariant {
        phrase: "오픈 소스",
        use_instead: "오픈소스",
    },
    KoVariant {
        phrase: "서비스 메쉬",
        use_instead: "서비스 메시",
    },
    KoVariant {
        phrase: "소프트웨어 배포",
        use_instead: "소프트웨어 유통 (10단계) / 배포 (CD)",
    },
];

/// British spellings, matched against whole words (lowercased): a word is a variant when it
/// starts with one of these stems. The American form follows each.
pub const EN_STEMS: &[(&str, &str)] = &[
    ("licence", "license"),
    ("behaviour", "behavior"),
    ("colour", "color"),
    ("catalogue", "catalog"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("centre", "center"),
    ("analysed", "analyzed"),
    ("analysing", "analyzing"),
    ("labelled", "labeled"),
    ("labelling", "labeling"),
    ("modelled", "modeled"),
    ("modelling", "modeling"),
    ("travelled", "traveled"),
    ("signalled", "signaled"),
    ("signalling", "signaling"),
    ("cancelled", "canceled"),
    ("artefact", "artifact"),
    ("defence", "defense"),
];

/// Roots spelled with -ise / -isation / -ising in British English and -ize in American:
/// `organ` flags organise, organisation, organising (never organism or organic).
pub const EN_ISE_ROOTS: &[&str] = &[
    "organ",
    "reorgan",
    "recogn",
    "standard",
    "visual",
    "optim",
    "priorit",
    "custom",
    "minim",
    "maxim",
    "author",
    "special",
    "virtual",
    "central",
    "decentral",
    "normal",
    "serial",
    "initial",
    "util",
    "summar",
    "container",
    "modern",
    "categor",
    "emphas",
    "synchron",
];

/// British words matched exactly (lowercased).
pub const EN_WORDS: &[(&str, &str)] = &[
    ("analyse", "analyze"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("whilst", "while"),
    ("amongst", "among"),
    ("grey", "gray"),
];

/// Every variant in `text` (written in `lang`), each as `"<variant>" -> <use instead>`.
pub fn variants(text: &str, lang: Lang) -> Vec<String> {
    match lang {
        Lang::Ko => KO_VARIANTS
            .iter()
            .filter(|v| text.contains(v.phrase))
            .map(|v| format!("“{}” → {}", v.phrase, v.use_instead))
            .collect(),
        Lang::En => {
            let mut out = Vec::new();
            for word in text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
            {
                let lower = word.to_ascii_lowercase();
                let ise = EN_ISE_ROOTS.iter().any(|root| {
                    lower.strip_prefix(root).is_some_and(|rest| {
                        ["ise", "isa", "isi"].iter().any(|s| rest.starts_with(s))
                    })
                });
                let hit = EN_STEMS
                    .iter()
                    .find(|(stem, _)| lower.starts_with(stem))
                    .map(|(_, instead)| *instead)
                    .or_else(|| EN_WORDS.iter().find(|(w, _)| lower == *w).map(|(_, i)| *i))
                    .or(ise.then_some("-ize / -ization"));
                if let Some(instead) = hit {
                    let s = format!("“{word}” → {instead}");
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_variants_are_found_and_correct_words_pass() {
        assert_eq!(variants("관측성 도구", Lang::Ko).len(), 1);
        assert_eq!(variants("쿠버네티스 승인 제어", Lang::Ko).len(), 1);
        assert_eq!(variants("프로젝트가 보관됨", Lang::Ko).len(), 1);
        assert_eq!(variants("분산 키-값 저장소", Lang::Ko).len(), 1);
        assert_eq!(variants("오픈 소스 프로젝트", Lang::Ko).len(), 1);
        // The glossary's own words, and the other senses of 승인 / 보관 / 저장소.
        for ok in [
            "관측 가능성과 분석",
            "어드미션 컨트롤러로 막습니다",
            "아카이브된 프로젝트",
            "승인된 레지스트리에서 온 이미지",
            "메트릭을 장기 보관",
            "Git 저장소를 단일 진실 공급원으로",
            "분산 키-값 스토어",
            "오픈소스 프로젝트",
            "소프트웨어 유통",
        ] {
            assert!(variants(ok, Lang::Ko).is_empty(), "{ok}");
        }
    }

    #[test]
    fn british_spellings_are_found_as_words() {
        let found = variants(
            "The licence and behaviour of organisations; Standardised, labelled, catalogue.",
            Lang::En,
        );
        assert_eq!(found.len(), 6, "{found:?}");
        for ok in [
            "The license and behavior of organizations; standardized, labeled, catalog.",
            "Licensed under Apache-2.0; three analyses of latency",
            "concentrate on the center",
            "an optimistic specialist programmer in an organism; authority; utility",
        ] {
            assert!(variants(ok, Lang::En).is_empty(), "{ok}");
        }
        assert_eq!(variants("It analyse", Lang::En).len(), 1);
    }
}
