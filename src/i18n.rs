//! Every UI string, in Korean and English, keyed by one enum; the label of every value the
//! UI names (maturity, decision, facet …) as methods on those types; language-aware
//! formatting.

pub use crate::catalog::Lang;
mod format;
mod labels;

pub use format::{count, format_date, map_2020_label, part_of_label, step_label};

macro_rules! ui_strings {
    ($($key:ident => $ko:literal, $en:literal;)*) => {
        /// A UI string key. Each key carries its Korean and English text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum K { $($key),* }

        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];

            /// (Korean, English)
            pub fn pair(self) -> (&'static str, &'static str) {
                match self { $(K::$key => ($ko, $en)),* }
            }
        }
    };
}

ui_strings! {
    AppName => "Trail Map", "Trail Map";
    AppTagline => "클라우드 네이티브 도입 계획을 위한 CNCF 트레일 맵", "The CNCF Trail Map, for planning your cloud-native adoption";
    SkipToContent => "본문으로 건너뛰기", "Skip to content";
    NavTrail => "트레일", "Trail";
    NavCompare => "비교", "Compare";
    NavSaved => "저장함", "Saved";
    MainNav => "주 메뉴", "Main";
    LanguageLabel => "언어", "Language";
    SwitchToOther => "English", "한국어";
    LangLoading => "다른 언어의 글을 불러오는 중입니다…", "Loading the texts in the other language…";
    LangLoadFailed => "다른 언어의 글을 불러오지 못했습니다. 언어 버튼을 다시 누르면 다시 시도합니다.", "The texts in the other language could not be loaded. Press the language button again to retry.";
    ThemeLabel => "테마", "Theme";
    // The options name the theme themselves, so the closed menu reads "Theme: system".
    ThemeSystem => "테마: 시스템", "Theme: system";
    ThemeLight => "테마: 밝게", "Theme: light";
    ThemeDark => "테마: 어둡게", "Theme: dark";
    HeaderMenu => "언어와 테마", "Language and theme";
    DataAsOf => "데이터 기준일", "Data as of";
    CncfAsOf => "CNCF 상태 기준일", "CNCF status as of";
    FooterMap => "원본 트레일 맵", "Original trail map";
    FooterNote => "CNCF 트레일 맵(2020)을 바탕으로 오늘의 사실을 더했습니다. 모든 데이터는 이 브라우저 안에만 저장됩니다.", "Built on the CNCF Trail Map (2020) with today's facts. Everything you save stays in this browser.";
    Offline => "오프라인: 저장된 사본으로 동작 중", "Offline: running from the saved copy";
    UpdateReady => "새 버전이 준비되었습니다.", "A new version is available.";
    UpdateReload => "새로 고침", "Reload";
    ShortcutsHelp => "키보드 단축키", "Keyboard shortcuts";
    Close => "닫기", "Close";
    ShortcutsIntro => "입력 칸 밖에서 누르면 동작합니다. Ctrl, Alt, ⌘와 함께 누르면 동작하지 않습니다.", "They work when you are not typing in a field, and not with Ctrl, Alt or ⌘.";
    ShortcutFocusSearch => "검색 칸으로 이동", "Go to the search box";
    ShortcutEscape => "검색어 지우기, 이 창 닫기", "Clear the search; close this dialog";
    ShortcutNextStage => "다음 단계로 이동", "Next stage";
    ShortcutPrevStage => "이전 단계로 이동", "Previous stage";
    ShortcutBookmark => "포커스가 있는 프로젝트 북마크", "Bookmark the focused project";
    ShortcutCompare => "포커스가 있는 프로젝트를 비교에 추가", "Add the focused project to compare";
    ShortcutHelp => "이 도움말 열기", "Open this help";
    BookmarkRemoved => "북마크에서 뺐습니다", "Bookmark removed";
    RemovedFromCompare => "비교에서 뺐습니다", "Removed from comparison";

    NotFoundTitle => "페이지를 찾을 수 없습니다", "Page not found";
    NotFoundText => "이 주소에는 아무것도 없습니다. 링크가 잘렸거나 바뀌었을 수 있습니다.", "There is nothing at this address. The link may be cut short or out of date.";
    BackHome => "트레일로 돌아가기", "Back to the trail";
    ProjectNotFoundTitle => "알 수 없는 프로젝트", "Unknown project";
    ProjectNotFoundText => "이 ID의 프로젝트가 데이터에 없습니다:", "No project in the dataset has this id:";
    DidYouMean => "혹시 이 프로젝트를 찾으셨나요?", "Did you mean one of these?";
    SearchFor => "트레일에서 검색", "Search the trail for";
    LoadErrorTitle => "데이터를 읽을 수 없습니다", "The dataset could not be read";

    // A plan shared as a link (/plan) and "what changed since your last visit".
    SharePlan => "계획 공유", "Share plan";
    ShareIntro => "북마크, 결정, 메모를 담은 링크를 만듭니다. 계획은 주소의 # 뒤에 들어가므로 서버로 전송되지 않습니다.", "Make a link that carries your bookmarks, decisions and notes. The plan rides after the # in the address, so it never reaches a server.";
    SharePlanTitle => "계획 제목 (선택, 80자까지)", "Plan title (optional, up to 80 characters)";
    ShareMakeLink => "링크 만들기", "Make link";
    ShareLinkLabel => "이 계획의 링크", "Link to this plan";
    ShareLinkLength => "자", "characters";
    ShareEmpty => "공유할 내용이 없습니다. 먼저 프로젝트를 북마크하거나 결정을 남기세요.", "Nothing to share yet: bookmark a project or record a decision first.";
    ShareTooLarge => "링크에 담기에는 계획이 너무 큽니다. JSON으로 내보내 파일로 전달하세요.", "This plan is too large for a link. Export it as JSON and send the file instead.";
    PlanPageTitle => "공유받은 계획", "Shared plan";
    PlanIntro => "누군가 공유한 계획을 읽기 전용으로 보여 줍니다. 가져오기 전에는 내 저장 내용이 바뀌지 않습니다.", "A plan someone shared, shown read-only. Your own saved data stays as it is until you import.";
    PlanCantShow => "이 링크의 계획을 보여 줄 수 없습니다", "This link's plan can't be shown";
    PlanErrorHelp => "보낸 사람에게 링크를 다시 받아 보세요. 내 저장 내용은 그대로입니다.", "Ask the sender for the link again. Your own saved data is untouched.";
    PlanErrEmpty => "링크에 계획이 들어 있지 않습니다(# 뒤가 비어 있음).", "The link carries no plan (nothing after the #).";
    PlanErrTooLarge => "링크가 너무 큽니다. 이 앱이 읽는 한도를 넘습니다.", "The link is too large: it is over the limit this app reads.";
    PlanErrFuture => "더 새로운 버전의 Trail Map이 만든 링크입니다. 페이지를 새로 고쳐 앱을 업데이트해 보세요.", "A newer version of Trail Map made this link. Reload to update the app.";
    PlanFormatLink => "링크 형식", "link format";
    PlanFormatApp => "이 앱이 읽는 형식", "this app reads";
    PlanErrDamaged => "링크가 잘렸거나 중간에 바뀌었습니다.", "The link is cut short or was changed on the way.";
    PlanErrNotAPlan => "링크는 온전하지만 Trail Map 계획이 들어 있지 않습니다.", "The link is intact but holds no Trail Map plan.";
    PlanUnknownIds => "현재 데이터에 없는 ID (계획에서 뺐습니다):", "Ids this dataset doesn't know (left out of the plan):";
    PlanProgress => "단계별 진행 상황", "Progress by stage";
    PlanDecisions => "단계별 결정", "Decisions by stage";
    PlanNoDecisions => "이 계획에는 결정이 없습니다.", "This plan has no decisions.";
    PlanBookmarks => "북마크", "Bookmarks";
    PlanYours => "내 결정", "Yours";
    PlanTheirs => "이 계획", "This plan";
    PlanProject => "프로젝트", "Project";
    PlanActions => "이 계획으로 할 수 있는 일", "What you can do with this plan";
    PlanImport => "이 계획 가져오기", "Import this plan";
    PlanCompare => "내 계획과 비교", "Compare with my plan";
    PlanHideCompare => "비교 닫기", "Hide comparison";
    PlanCompareTitle => "이 계획과 내 계획", "This plan and mine";
    PlanCompareNone => "두 계획 모두 비어 있습니다.", "Both plans are empty.";
    PlanDiffers => "다름", "Differs";
    PlanSame => "같음", "Same";
    PlanCopyMarkdown => "Markdown으로 복사", "Copy as Markdown";
    PlanMarkdownCopied => "Markdown을 복사했습니다", "Markdown copied";
    WhatsNewTitle => "지난 방문 이후 바뀐 내용", "What changed since your last visit";
    WhatsNewIntro => "데이터가 새로 나왔습니다. 기준일:", "The data has been updated. Now as of";
    WhatsNewDismiss => "바뀐 내용 숨기기", "Hide these changes";
    ProjectHistory => "Trail Map의 변경 기록", "Changes in Trail Map";
    ChangeMaturity => "성숙도", "Maturity";
    ChangeNewProject => "새 프로젝트", "New project";
    ChangeArchived => "아카이브됨", "Archived";
    ChangeRenamed => "이름 변경", "Renamed";
    ChangeCaveatUpdated => "주의할 점 갱신", "Caveats updated";
    ChangeRelease => "새 릴리스", "New release";
    ChangeCorrection => "정정", "Correction";

    TrailTitle => "클라우드 네이티브 트레일 맵", "Cloud Native Trail Map";
    TrailIntro => "열 단계의 길을 따라가며 팀에 맞는 오픈소스 프로젝트를 고르세요. 단계마다 벤더가 지원하는 제품을 쓸 수도, 직접 운영할 수도 있습니다. 3단계 이후는 필요에 따라 선택합니다.", "Follow the ten steps and pick the open-source projects that fit your team. At each step you can choose a vendor-supported offering or run it yourself. Everything after step 3 is optional.";
    WhatIsCloudNative => "클라우드 네이티브란?", "What is cloud native?";
    Step => "단계", "Step";
    OptionalHint => "선택 사항 (3단계 이후)", "Optional (after step 3)";
    Collapse => "접기", "Collapse";
    Expand => "펼치기", "Expand";
    Guidance => "실무 가이드", "Practical guidance";
    ProjectsInStage => "프로젝트", "Projects";
    NoProjectsMatch => "이 단계에는 조건에 맞는 프로젝트가 없습니다.", "No project in this step matches.";
    HelpAlongTheWay => "길을 가는 동안 받을 수 있는 도움", "Help along the way";
    Projects => "개 프로젝트", "projects";
    ProjectsOne => "개 프로젝트", "project";
    ShowingCount => "표시 중", "Showing";
    ShowMore => "더 보기", "Show more";
    Of => "/", "of";
    TrailPicLabel => "트레일 한눈에 보기", "The trail at a glance";
    TrailPicOptional => "선택", "optional";
    TrailPicAdopted => "도입함", "adopted";
    TrailPicEvaluating => "평가 중", "evaluating";
    TrailPicLegendCore => "기본 단계", "Core steps";
    TrailPicLegendOptional => "선택 단계", "Optional steps";

    SearchLabel => "프로젝트 검색", "Search projects";
    SearchPlaceholder => "예: 모니터링, tracing, envoy", "e.g. monitoring, 추적, envoy";
    Filters => "필터", "Filters";
    FacetStage => "단계", "Stage";
    FacetMaturity => "성숙도", "Maturity";
    FacetLanguage => "구현 언어", "Language";
    FacetLicense => "라이선스", "License";
    FacetTag => "태그", "Tag";
    FacetSaved => "북마크만 보기", "Bookmarked only";
    ActiveFilters => "적용된 필터", "Active filters";
    SearchChip => "검색어", "Search";
    RemoveFilter => "필터 제거", "Remove filter";
    ClearAll => "모두 지우기", "Clear all";
    NoResults => "조건에 맞는 프로젝트가 없습니다.", "No project matches these filters.";
    SearchResultsLabel => "검색 결과", "Search results";
    MatchedIn => "일치한 곳", "Matched in";
    FieldName => "이름", "name";
    FieldTagline => "한 줄 소개", "tagline";
    FieldTags => "태그", "tags";
    FieldFeatures => "기능", "features";
    FieldDescription => "설명", "description";
    FieldUseCases => "사용 사례", "use cases";
    DidYouMeanBefore => "혹시 찾으시는 것이 ", "Did you mean ";
    DidYouMeanAfter => "인가요?", "?";
    PartialMatch => "모든 단어에 맞는 프로젝트가 없어, 일부 단어에 맞는 프로젝트를 보여 줍니다.", "No project matches every word; these match some of them.";
    CompareNamed => "나란히 비교", "Compare side by side";
    CuratedComparison => "큐레이션 비교", "Curated comparison";
    OutsideTitle => "큐레이션된 트레일에 없는 프로젝트", "Not on the curated trail";
    OutsideText => "CNCF 랜드스케이프에는 있지만, 이 트레일이 골라 설명하는 프로젝트는 아닙니다.", "It is in the CNCF landscape, but not one of the projects this trail picks and explains.";
    OutsideHint => "하는 일(예: 추적, 정책)로 검색하거나 검색어를 지우고 단계별로 둘러보세요.", "Search for what it does (tracing, policy, …), or clear the search and browse the stages.";
    OutsideMentions => "아래 프로젝트의 설명에 이 이름이 나옵니다.", "The projects below mention it.";
    ClearFilters => "필터 지우기", "Clear filters";
    ResultsCount => "개 프로젝트가 조건에 맞습니다", "projects match";
    ResultsCountOne => "개 프로젝트가 조건에 맞습니다", "project matches";
    IgnoredInLink => "링크에 있던 일부 필터를 이해하지 못해 무시했습니다:", "Some filters in the link were not understood and were ignored:";
    CopyLink => "링크 복사", "Copy link";
    LinkCopied => "링크를 복사했습니다", "Link copied";
    CopyFailed => "복사하지 못했습니다. 주소창의 링크를 사용하세요.", "Could not copy. Use the link in the address bar.";

    MaturityGraduated => "졸업", "Graduated";
    MaturityIncubating => "인큐베이팅", "Incubating";
    MaturitySandbox => "샌드박스", "Sandbox";
    MaturityArchived => "아카이브됨", "Archived";
    MaturityNotCncf => "CNCF 외부", "Not CNCF";
    OnMap2020 => "2020 지도", "2020 map";
    NotOnMap2020 => "2020 지도에 없음", "Not on the 2020 map";
    NoBadge2020 => "배지 없음", "no badge";
    Since => "이후", "since";
    SucceededBy => "후속 프로젝트:", "Succeeded by";
    UseInsteadBefore => "대신", "use";
    UseInsteadAfter => "사용을 권합니다", "instead";
    ArchivedNoSuccessor => "더 이상 개발되지 않습니다", "no longer developed";
    ArchivedBannerNote => "아카이브된 프로젝트는 더 이상 유지·관리되지 않습니다. 지금 쓰고 있다면 옮겨 갈 계획을 세우세요.", "An archived project is no longer maintained. If you run it today, plan a move.";
    AdoptArchivedWarning => "아카이브된 프로젝트입니다. 결정은 저장했지만, 새로 도입한다면 유지·관리되는 프로젝트를 고르세요.", "This project is archived. Your decision is saved, but for new work pick a project that is still maintained.";
    LegendTitle => "CNCF 성숙도", "CNCF maturity";
    LegendSandbox => "초기 단계, 실험적", "early, experimental";
    LegendIncubating => "운영 환경에서 쓰이며 성장 중", "used in production, still growing";
    LegendGraduated => "성숙하고 널리 쓰임", "mature and widely adopted";
    LegendArchived => "더 이상 개발되지 않음", "no longer developed";
    LegendNotCncf => "CNCF가 호스팅하지 않음", "not hosted by the CNCF";
    Spec => "명세", "Specification";

    Bookmark => "북마크", "Bookmark";
    Bookmarked => "북마크됨", "Bookmarked";
    AddBookmark => "북마크에 추가", "Add bookmark";
    RemoveBookmark => "북마크에서 제거", "Remove bookmark";
    AddToCompare => "비교에 추가", "Add to compare";
    RemoveFromCompare => "비교에서 빼기", "Remove from compare";
    InCompare => "비교 중", "In comparison";
    CompareShort => "비교", "Compare";

    TodayFacts => "오늘의 사실", "Today";
    MapView2020 => "2020 지도의 모습", "On the 2020 map";
    WhatItIs => "무엇인가", "What it is";
    WhyUseIt => "왜 쓰는가", "Why teams use it";
    KeyFeatures => "주요 기능", "Key features";
    Caveats => "주의할 점", "Caveats";
    UseCases => "활용 사례", "Use cases";
    Maturity => "성숙도", "Maturity";
    Timeline => "CNCF 이력", "CNCF timeline";
    Accepted => "합류", "Accepted";
    IncubatingDate => "인큐베이팅", "Incubating";
    GraduatedDate => "졸업", "Graduated";
    ArchivedDate => "아카이브", "Archived";
    Language => "언어", "Language";
    License => "라이선스", "License";
    Origin => "출신", "Origin";
    FirstRelease => "첫 릴리스", "First release";
    Links => "링크", "Links";
    Homepage => "홈페이지", "Homepage";
    Repository => "저장소", "Repository";
    DocsKo => "한국어 문서", "Korean documentation";
    Sources => "출처", "Sources";
    Related => "관련 프로젝트", "Related projects";
    Stages => "단계", "Stages";
    Tags => "태그", "Tags";
    CuratedComparisons => "큐레이션 비교", "Curated comparisons";
    RelAlternative => "대안", "Alternative";
    RelSuccessor => "후속", "Successor";
    RelComplements => "함께 쓰기 좋음", "Complements";
    RelImplements => "구현", "Implements";
    RelPartOf => "일부", "Part of";
    Unknown => "알 수 없음", "Unknown";
    NotApplicable => "해당 없음", "n/a";

    CompareTitle => "프로젝트 비교", "Compare projects";
    CompareIntro => "두 개에서 네 개까지 프로젝트를 나란히 놓고 차이를 확인하세요.", "Put two to four projects side by side and see where they differ.";
    CompareNeedMore => "비교하려면 프로젝트를 두 개 이상 고르세요. 카드나 상세 화면의 ‘비교에 추가’를 누르거나 아래에서 추가하세요.", "Pick at least two projects to compare. Use “Add to compare” on a card or a project page, or add one below.";
    CompareAdd => "프로젝트 추가", "Add a project";
    CompareAddButton => "추가", "Add";
    CompareLimit => "한 번에 네 개까지만 비교할 수 있습니다.", "You can compare at most four projects at a time.";
    CompareOnlyDiff => "차이 나는 행만 보기", "Show only differences";
    CompareDiffers => "차이 있음", "Differs";
    CompareTray => "비교 목록", "Comparison";
    CompareOpen => "비교 열기", "Open comparison";
    CompareClear => "비우기", "Clear";
    MoveLeft => "왼쪽으로", "Move left";
    MoveRight => "오른쪽으로", "Move right";
    Remove => "빼기", "Remove";
    SwapFor => "바꾸기", "Swap for";
    Attribute => "항목", "Attribute";
    UnknownIdsDropped => "알 수 없는 ID를 뺐습니다:", "Unknown ids were dropped:";
    DuplicatesCollapsed => "중복된 ID를 하나로 합쳤습니다.", "Duplicate ids were merged.";
    TooManyIds => "네 개가 넘어 앞의 네 개만 보여 줍니다.", "More than four ids: showing the first four.";
    WhenToPick => "언제 무엇을 고를까", "When to pick which";
    OpenComparison => "이 비교 열기", "Open this comparison";

    // Reading on a phone (issue 18 §3): compare, saved progress, import preview, export.
    CompareMore => "더 보기", "More";
    CompareLess => "접기", "Less";
    CompareSwipeHint => "옆으로 밀면 다른 프로젝트가 보입니다.", "Swipe sideways to see the other projects.";
    CuratedShownAbove => "지금 보고 있는 비교입니다. 설명은 표 위에 있습니다.", "This is the comparison on screen; its notes are above the table.";
    ProgressOverall => "전체", "Overall";
    ProgressTitle => "단계별 결정 진행", "Decisions by stage";
    ImportNothingChanges => "바뀌는 것이 없습니다.", "Nothing changes.";
    MdExported => "내보낸 날", "Exported";

    SavedTitle => "저장함", "Saved";
    SavedIntro => "북마크와 도입 결정은 이 브라우저에만 저장됩니다. 팀과 나누려면 내보내기를 쓰세요.", "Bookmarks and decisions live only in this browser. Export them to share with your team.";
    NothingSaved => "아직 저장한 프로젝트가 없습니다. 카드의 별표를 눌러 북마크하세요.", "Nothing saved yet. Star a project card to bookmark it.";
    MyStack => "나의 스택", "My stack";
    MyStackEmpty => "아직 ‘도입함’으로 표시한 프로젝트가 없습니다.", "No project is marked as adopted yet.";
    Decision => "결정", "Decision";
    DecisionNone => "결정 없음", "No decision";
    DecisionConsidering => "검토 예정", "Considering";
    DecisionEvaluating => "평가 중", "Evaluating";
    DecisionAdopted => "도입함", "Adopted";
    DecisionRejected => "보류/제외", "Rejected";
    Note => "메모", "Note";
    NotePlaceholder => "왜 이렇게 결정했는지 짧게 남기세요", "A short note on why";
    Progress => "진행 상황", "Progress";
    ExportJson => "JSON으로 내보내기", "Export JSON";
    ExportMarkdown => "Markdown으로 내보내기", "Export Markdown";
    ExportFailed => "파일을 내려받지 못했습니다. 브라우저가 다운로드를 막았을 수 있으니 다시 시도하세요.", "The file could not be downloaded. The browser may have blocked it: please try again.";
    Import => "가져오기", "Import";
    ImportFile => "가져올 JSON 파일", "JSON file to import";
    ImportMerge => "합치기", "Merge";
    ImportReplace => "바꾸기", "Replace";
    ImportPreview => "가져오면 바뀌는 내용", "What the import changes";
    ImportApply => "적용", "Apply";
    ImportCancel => "취소", "Cancel";
    ImportDone => "가져오기를 마쳤습니다.", "Import complete.";
    ImportRejected => "가져올 수 없는 파일입니다:", "This file cannot be imported:";
    ImportTooLarge => "파일이 너무 큽니다(1 MiB 초과).", "The file is too large (over 1 MiB).";
    ImportNotJson => "JSON 파일이 아닙니다.", "It is not a JSON file.";
    ImportWrongSchema => "Trail Map 내보내기 파일 형식이 아닙니다.", "It is not a Trail Map export.";
    ImportNotAnObject => "JSON 객체가 아닙니다.", "The file is not a JSON object.";
    ImportNoVersion => "“version” 항목이 없습니다.", "It has no “version”.";
    ImportVersionNotNumber => "“version”이 정수가 아닙니다.", "“version” is not a whole number.";
    ImportUnsupportedVersion => "지원하지 않는 버전:", "Unsupported version:";
    ImportSupportedVersions => "읽을 수 있는 버전", "this app reads versions";
    ImportNotAList => "ID 목록이어야 하는 항목:", "Must be a list of ids:";
    ImportNotAnId => "ID가 아닌 값이 들어 있는 목록:", "Holds something that is not an id:";
    ImportDecisionsNotObject => "“ID: 결정” 형태의 객체여야 하는 항목:", "Must be an object of id: decision:";
    ImportEmptyDecisionId => "ID가 비어 있는 결정이 있습니다.", "A decision has an empty id.";
    ImportUnknownStatus => "알 수 없는 결정 상태가 있는 프로젝트:", "Unknown decision status for";
    ImportNoteNotText => "메모가 텍스트가 아닌 프로젝트:", "The note is not text for";
    ImportDecisionUnreadable => "결정을 읽을 수 없는 프로젝트:", "Unreadable decision for";
    MdNoDecision => "저장함 (결정 전)", "Saved, no decision yet";
    MdOther => "기타 (현재 데이터에 없는 ID)", "Other (ids not in the current dataset)";
    MdNothingSaved => "아직 저장한 항목이 없습니다.", "Nothing saved yet.";
    SavedNotInDataset => "현재 데이터에 없는 ID (남겨 둠):", "Saved ids not in the current dataset (kept):";
    ForgetId => "지우기", "Forget";
    ClearSaved => "저장한 내용 모두 지우기", "Clear all saved data";
    ClearConfirm => "북마크와 결정을 모두 지울까요? 되돌릴 수 없습니다.", "Delete all bookmarks and decisions? This cannot be undone.";
    ConfirmClear => "모두 지우기", "Delete everything";
    StorageUnavailable => "이 브라우저에서는 저장 공간을 쓸 수 없어, 북마크와 결정은 이 탭을 닫으면 사라집니다.", "Storage is unavailable in this browser: bookmarks and decisions will be lost when this tab closes.";
    StorageFull => "저장 공간이 가득 차 마지막 변경을 저장하지 못했습니다. 이전에 저장한 내용은 그대로입니다.", "Storage is full: the last change was not saved. Everything saved before is intact.";
    StorageRecovered => "저장된 데이터 일부를 읽지 못했습니다. 읽을 수 있는 항목은 살렸고, 원본은 백업 키에 보관했습니다.", "Some saved data could not be read. Every readable entry was kept and the original was backed up.";
    Dismiss => "닫기", "Dismiss";

    NavLandscape => "랜드스케이프", "Landscape";
    LandscapeTitle => "CNCF 랜드스케이프 전체", "The whole CNCF landscape";
    LandscapeIntro => "트레일이 다루는 프로젝트 밖에도 CNCF 랜드스케이프에는 수천 개의 프로젝트와 제품이 있습니다. 같은 검색과 필터로 살펴보고, 트레일의 프로젝트와 비교해 보세요.", "Beyond the projects on the trail, the CNCF landscape lists thousands of projects and products. Browse them with the same search and filters, and compare them with the projects on the trail.";
    LandscapeLoading => "랜드스케이프 데이터를 불러오는 중입니다…", "Loading the landscape data…";
    LandscapeLoadFailed => "랜드스케이프 데이터를 불러오지 못했습니다. 네트워크 연결을 확인한 뒤 다시 시도해 주세요.", "The landscape data could not be loaded. Check your connection and try again.";
    Retry => "다시 시도", "Try again";
    LandscapeItemOne => "개 항목", "item";
    LandscapeSource => "출처", "Source";
    LandscapeSnapshot => "스냅숏 날짜", "snapshot of";
    LandscapeLicense => "Apache-2.0 라이선스", "Apache-2.0 license";
    LandscapeSearchLabel => "랜드스케이프 검색", "Search the landscape";
    LandscapeSearchPlaceholder => "예: 서비스 메시, tracing, 데이터베이스", "e.g. service mesh, 추적, database";
    FacetCategory => "분류", "Category";
    StageElsewhere => "랜드스케이프의 다른 영역", "Elsewhere in the landscape";
    LandscapeItems => "개 항목", "items";
    LandscapeNoResults => "조건에 맞는 항목이 없습니다.", "No item matches these filters.";
    MoreInLandscape => "랜드스케이프에 더 있는 항목", "more in the landscape";
    Subcategory => "세부 분류", "Subcategory";
    TrailStage => "트레일 단계", "Trail stage";
    OpenFullProject => "트레일의 전체 프로젝트 페이지 보기", "Open the full project page on the trail";
    LandscapeItemNotFound => "랜드스케이프에 이 ID의 항목이 없습니다:", "No landscape item has this id:";
    BackToLandscape => "랜드스케이프로 돌아가기", "Back to the landscape";
    CompareLookingUp => "트레일에 없는 ID를 랜드스케이프에서 찾는 중입니다…", "Looking up ids the trail doesn't know in the landscape…";
    FromTheLandscape => "랜드스케이프 항목", "Landscape item";
    NotInData => "자료 없음", "not in the data";
    SavedFromLandscape => "랜드스케이프에서 저장한 항목", "Saved from the landscape";
    NoDescription => "랜드스케이프에 설명이 없습니다.", "The landscape has no description for this item.";
}

impl K {
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = self.pair();
        match lang {
            Lang::Ko => ko,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{MapBadge, Maturity};
    use crate::prefs::Decision;
    use crate::query::Facet;

    #[test]
    fn every_key_has_both_languages() {
        let missing: Vec<_> = K::ALL
            .iter()
            .filter(|k| {
                let (ko, en) = k.pair();
                ko.trim().is_empty() || en.trim().is_empty()
            })
            .collect();
        assert!(missing.is_empty(), "keys missing a language: {missing:?}");
    }

    #[test]
    fn every_key_is_translated() {
        // Same text in both only for the product name; Hangul in English only where meant.
        const SAME: &[K] = &[K::AppName];
        const HANGUL_IN_EN: &[K] = &[
            K::SwitchToOther,
            K::SearchPlaceholder,
            K::LandscapeSearchPlaceholder,
        ];
        let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
        let bad: Vec<_> = K::ALL
            .iter()
            .filter(|k| {
                let (ko, en) = k.pair();
                (ko == en && !SAME.contains(k)) || (hangul(en) && !HANGUL_IN_EN.contains(k))
            })
            .collect();
        assert!(bad.is_empty(), "keys not translated: {bad:?}");
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(count(1, K::ResultsCount, Lang::En), "1 project matches");
        assert_eq!(count(2, K::ResultsCount, Lang::En), "2 projects match");
        assert_eq!(count(1, K::Projects, Lang::En), "1 project");
        assert_eq!(count(1, K::Projects, Lang::Ko), "1개 프로젝트");
    }

    #[test]
    fn map_and_part_of_labels() {
        use crate::catalog::{Map2020, MapBadge};
        let shown = Map2020::Shown {
            step: 3,
            badge: Some(MapBadge::Graduated),
        };
        assert_eq!(map_2020_label(shown, Lang::En), "Step 3 · Graduated");
        assert_eq!(map_2020_label(shown, Lang::Ko), "3단계 · 졸업");
        let named = Map2020::NamedInText { step: 6 };
        assert_eq!(
            map_2020_label(named, Lang::En),
            "Named in the text of step 6 (no logo)"
        );
        assert_eq!(
            map_2020_label(named, Lang::Ko),
            "6단계 본문에 이름만 나옴 (로고 없음)"
        );
        assert_eq!(
            map_2020_label(Map2020::Absent, Lang::En),
            "Not on the 2020 map"
        );
        assert_eq!(part_of_label("Kubernetes", Lang::En), "part of Kubernetes");
        assert_eq!(part_of_label("Kubernetes", Lang::Ko), "Kubernetes의 일부");
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(format_date("2021-07-28", Lang::Ko), "2021년 7월 28일");
        assert_eq!(format_date("2021-07-28", Lang::En), "Jul 28, 2021");
        assert_eq!(format_date("2021-13-28", Lang::En), "2021-13-28");
        assert_eq!(format_date("garbage", Lang::En), "garbage");
    }

    #[test]
    fn steps_read_the_same_everywhere() {
        assert_eq!(step_label(3, Lang::Ko), "3단계");
        assert_eq!(step_label(3, Lang::En), "Step 3");
    }

    #[test]
    fn every_enum_value_has_its_own_label() {
        use std::collections::HashSet;
        let maturities: HashSet<K> = Maturity::ALL.iter().map(|m| m.label()).collect();
        assert_eq!(maturities.len(), Maturity::ALL.len());
        let decisions: HashSet<K> = Decision::ALL.iter().map(|d| d.label()).collect();
        assert_eq!(decisions.len(), Decision::ALL.len());
        assert!(!decisions.contains(&Decision::label_of(None)));
        let facets: HashSet<K> = Facet::ALL.iter().map(|f| f.label()).collect();
        assert_eq!(facets.len(), Facet::ALL.len());
        assert_eq!(MapBadge::Incubating.label(), K::MaturityIncubating);
    }
}
