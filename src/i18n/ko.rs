use super::Ui;
use crate::core::hangul::ends_in_consonant;
use crate::core::lang::Lang;
use crate::data::error::{Damage, LoadError};
use crate::data::model::{
    CitationKind, GuestKind, Outcome, RelationKind, ReleaseKind, Stance, Theme, ViewStance,
};
use crate::logic::cite::{Use, UseKind};
use crate::logic::format::{episode_runs, number};
use crate::logic::netflix::{FileError, Reason as RowReason};
use crate::logic::progress::{DateError, Loaded};
use crate::logic::routes::Route;
use crate::logic::transfer::{Summary, TransferError};

/// `word` followed by the particle that fits its last sound: `with` after a final consonant
/// (김수현이, 인연이라고), `without` after a vowel (서예지가, 친구라고). A word that does not end in
/// Hangul takes the vowel form.
fn josa(word: &str, with: &str, without: &str) -> String {
    let consonant = word
        .chars()
        .rev()
        .find(|c| !matches!(c, '\'' | '"' | ')' | '’' | '”' | '〉' | '》'))
        .is_some_and(ends_in_consonant);
    format!("{word}{}", if consonant { with } else { without })
}

fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::Network { file } => format!("가이드 데이터({file})를 불러오지 못했습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요."),
        LoadError::Timeout { file, seconds } => format!("데이터 파일({file})을 불러오는 데 {seconds}초 넘게 걸려 중단했습니다. 연결이 느린 것 같습니다. 다시 시도해 주세요."),
        LoadError::NotFound { file, status } => format!("이 사이트에 가이드 데이터 파일이 없습니다. ({file}, 서버 응답 {status})"),
        LoadError::Server { file, status } => format!("서버가 데이터 파일({file})을 보내는 중 문제가 생겼습니다. (응답 {status}) 잠시 뒤 다시 시도해 주세요."),
        LoadError::NotJson { file } => format!("데이터 파일({file}) 대신 웹 페이지를 받았습니다. 사이트 설정이 잘못된 것 같습니다."),
        LoadError::Empty { file } => format!("데이터 파일({file})이 비어 있습니다."),
        LoadError::Malformed { file, damage, detail } => {
            let damage = match damage {
                Damage::Syntax => "JSON 문법이 맞지 않습니다",
                Damage::Shape => "항목의 형태가 맞지 않습니다",
            };
            format!("데이터 파일({file})이 손상되어 읽을 수 없습니다. ({damage}. 세부 정보: {detail})")
        }
        LoadError::Incomplete { file, count, first } => format!("텍스트 파일({file})에 가이드에 필요한 문구 {count}개가 빠져 있습니다. (첫 항목: {first})"),
        LoadError::WrongLanguage { file, found } => format!("텍스트 파일({file})의 언어가 맞지 않습니다. ({found})"),
        LoadError::WrongFormat { file, found, expected } => format!("데이터 파일({file})은 다른 버전의 가이드용입니다. (형식 {found}, 필요한 형식 {expected}) 페이지를 새로고침하면 최신 버전을 받습니다."),
    }
}

fn stored_progress(l: &Loaded) -> Option<String> {
    Some(match l {
        Loaded::Nothing | Loaded::Current | Loaded::Migrated { .. } => return None,
        Loaded::Repaired { dropped } => format!("저장된 기록 가운데 읽을 수 없는 항목 {dropped}개를 빼고 나머지를 살렸습니다. 원래 값은 이 기기에 따로 보관해 두었습니다."),
        Loaded::Newer { .. } => "더 새로운 버전의 가이드가 저장한 시청 기록입니다. 이 페이지는 읽을 수 있는 부분만 보여 주고, 원래 값은 이 기기에 따로 보관합니다.".into(),
        Loaded::Unreadable => "저장된 시청 기록을 읽을 수 없어 새로 시작합니다. 예전 값은 이 기기에 따로 보관해 두었습니다.".into(),
    })
}

fn section(r: &Route) -> &'static str {
    match r {
        Route::Home => "홈",
        Route::Cast | Route::CastMember(_) => "출연진",
        Route::Episodes | Route::Episode(_) => "회차",
        Route::Relationships => "인물관계도",
        Route::Music => "OST",
        Route::Places => "촬영지",
        Route::Outlook => "시즌 2?",
        Route::About => "정보",
        Route::Search => "검색",
        Route::Progress => "시청 기록",
        Route::Help => "도움받을 곳",
        Route::Portrayal => "드라마 속 정신건강",
        Route::Story => "지금까지의 이야기",
        Route::NotFound => "페이지를 찾을 수 없음",
    }
}

fn page_title(r: &Route) -> &'static str {
    match r {
        Route::Home | Route::CastMember(_) | Route::Episode(_) => "",
        Route::Music => "OST",
        Route::Outlook => "시즌 2가 나올까?",
        Route::About => "수상, 책, 출처",
        Route::Progress => "내 시청 기록",
        Route::Help => "드라마를 보다 마음이 힘들 때 도움받을 곳",
        Route::Portrayal => "드라마가 정신건강을 그린 방식",
        other => section(other),
    }
}

fn page_description(r: &Route) -> &'static str {
    match r {
        Route::Home => "tvN 드라마 〈사이코지만 괜찮아〉(2020) 팬 가이드. 줄거리와 기본 정보, 출연진, 동화와 시청률로 보는 16회 전편, 인물관계도, OST, 촬영지, 시즌 2 전망까지.",
        Route::Cast => "〈사이코지만 괜찮아〉 출연진: 주연 네 명과 조연, 한글·영문 이름과 배우들의 다른 작품.",
        Route::Episodes => "〈사이코지만 괜찮아〉 16회 전편의 방송일, 부제, 각 회의 바탕이 된 동화, 닐슨 시청률.",
        Route::Relationships => "〈사이코지만 괜찮아〉 인물관계도. 관계는 그 사실이 드러나는 회차를 본 뒤에만 나타납니다.",
        Route::Music => "〈사이코지만 괜찮아〉 OST: 모든 파트와 스페셜 트랙, 가수, 발매일, 곡이 처음 흐른 회차.",
        Route::Places => "〈사이코지만 괜찮아〉 촬영지: 괜찮은 정신병원이 된 카페, 성 세트, 해변과 데이트 장소를 지도로.",
        Route::Outlook => "〈사이코지만 괜찮아〉 시즌 2는 나올까? 현재 상황, 출처와 함께 본 찬반 근거, 연표.",
        Route::Search => "〈사이코지만 괜찮아〉 팬 가이드 검색: 배우, 인물, 회차, 동화, 노래, 촬영지를 한글이나 영어로.",
        Route::About => "〈사이코지만 괜찮아〉의 수상 기록, 실제로 출간된 고문영의 그림책, 볼 수 있는 곳, 함께 볼 작품, 이 가이드가 쓴 모든 출처.",
        Route::Progress => "〈사이코지만 괜찮아〉 나의 시청 기록: 본 날짜와 다시 보기, 숫자로 보는 시청, 시청 일지. 넷플릭스 시청 기록을 가져오고, 링크나 QR 코드, 파일로 다른 기기에 옮길 수 있습니다. 계정이 필요 없고, 어디로도 전송되지 않습니다.",
        Route::Help => "〈사이코지만 괜찮아〉를 보다 마음이 힘들어진 시청자를 위한 안내: 24시간 받는 국내 무료 상담전화와 다른 나라의 상담전화 목록. 오프라인에서도 열립니다.",
        Route::Portrayal => "〈사이코지만 괜찮아〉가 반사회적 인격장애, 자폐, 트라우마, 돌보는 사람을 그린 방식에 대한 연구자, 임상 전문가, 자폐 당사자 커뮤니티, 배우와 작가, 비평가의 의견을 출처와 함께 모았습니다.",
        Route::Story => "〈사이코지만 괜찮아〉 다시 따라잡기: 본 회차까지만, 회차별 줄거리를 정리했습니다.",
        Route::NotFound => "〈사이코지만 괜찮아〉 팬 가이드에 없는 페이지입니다.",
        Route::CastMember(_) | Route::Episode(_) => "",
    }
}

fn use_label(u: &Use) -> String {
    let n = &u.name;
    match u.what {
        UseKind::Place if n.is_empty() => "촬영지 전반".into(),
        UseKind::Care if n.is_empty() => "주의할 내용: 쓰는 원칙과 확인되지 않은 등급".into(),
        UseKind::Care => format!("{n}회 주의할 내용"),
        UseKind::Help if n.is_empty() => "도움받을 곳 안내".into(),
        UseKind::Help => format!("도움받을 곳: {n}"),
        UseKind::Portrayal => format!("드라마 속 정신건강: {n}"),
        UseKind::InEpisode => format!("{n}회 출연자·장소·음악"),
        UseKind::Recap => format!("{n}회 줄거리"),
        UseKind::Fact
        | UseKind::Watch
        | UseKind::Score
        | UseKind::Reason
        | UseKind::Award
        | UseKind::Place
        | UseKind::Person => n.clone(),
        UseKind::Roles => format!("{n}: 배우의 다른 작품"),
        UseKind::EpisodeTitle => format!("{n}회 부제"),
        UseKind::EpisodeRating if n.is_empty() => "전체 평균 시청률".into(),
        UseKind::EpisodeRating => format!("{n}회 시청률"),
        UseKind::EpisodeTale => format!("{n}회 동화"),
        UseKind::Spoiler if n.chars().all(|c| c.is_ascii_digit()) => format!("{n}회 스포일러"),
        UseKind::Spoiler => format!("{n}: 스포일러"),
        UseKind::Book if n.is_empty() => "실제로 출간된 그림책".into(),
        UseKind::Book | UseKind::Related | UseKind::Song => format!("〈{n}〉"),
        UseKind::Outlook => format!("시즌 2: {n}"),
        UseKind::Timeline => format!("연표: {n}"),
        UseKind::Relation if n.is_empty() => "인물관계도".into(),
        UseKind::Relation => format!("관계: {n}"),
        UseKind::Music if n.is_empty() => "발매일".into(),
        UseKind::Music => n.clone(),
    }
}

fn summary(s: &Summary) -> String {
    let mut parts = Vec::new();
    if s.watched == 0 {
        parts.push("본 회차 없음".to_string());
    } else {
        parts.push(format!("{} 시청", episode_runs(&s.runs, Lang::Ko)));
    }
    if s.ratings > 0 {
        parts.push(format!("별점 {}개", s.ratings));
    }
    if s.notes > 0 {
        parts.push(format!("메모 {}개", s.notes));
    }
    if s.rewatches > 0 {
        parts.push(format!("정주행 {}번을 마치고 다시 보는 중", s.rewatches));
    }
    if s.show_all_spoilers {
        parts.push("스포일러 모두 표시".into());
    }
    parts.join(", ")
}

fn transfer_error(e: &TransferError) -> String {
    match e {
        TransferError::Empty => "읽을 내용이 없습니다. 링크나 파일이 비어 있습니다.".into(),
        TransferError::NotOurs => "이 가이드의 시청 기록 링크나 파일이 아닙니다. 아무것도 바꾸지 않았습니다.".into(),
        TransferError::Damaged => "시청 기록 링크나 파일이 손상되어(잘리거나 바뀌어) 믿을 수 없습니다. 아무것도 바꾸지 않았으니, 다른 기기에서 새로 만들어 주세요.".into(),
        TransferError::Newer { .. } => "더 새로운 버전의 가이드가 만든 기록입니다. 이 페이지를 새로고침해 최신 버전을 받은 뒤 다시 시도해 주세요. 아무것도 바꾸지 않았습니다.".into(),
    }
}

pub static KO: Ui = Ui {
    lang: Lang::Ko,
    site_name: "사이코지만 괜찮아 팬 가이드",
    skip_link: "본문 바로가기",
    brand_title: "사이코지만 괜찮아",
    brand_sub: "팬 가이드",
    brand_other: "사이코지만 괜찮아",
    nav_label: "메뉴",
    lang_name: "한국어",
    lang_switch_label: "이 페이지를 한국어로 보기",
    lang_offer_text: "이 가이드는 한국어로도 볼 수 있습니다.",
    lang_offer_go: "한국어로 보기",
    lang_offer_dismiss: "괜찮아요",
    footer: "팬이 만든 비공식 가이드입니다. 모든 사실에 출처를 달았고, 모든 문장은 직접 썼습니다. 이 사이트는 방문자를 추적하지 않으며 다른 사이트에서 아무것도 불러오지 않습니다.",
    no_script: "자바스크립트가 꺼져 있어도 모든 페이지를 읽을 수 있습니다. 시청 표시, 검색, 기록 옮기기는 자바스크립트가 켜져 있어야 합니다.",
    update_ready: "가이드의 새 버전이 준비됐습니다.",
    update_reload: "새로고침",
    offline: "오프라인 상태입니다. 전에 이 기기에서 본 페이지는 계속 볼 수 있습니다.",
    loading: "불러오는 중…",
    load_failed: "가이드의 이 부분을 불러오지 못했습니다",
    retry: "다시 시도",
    dismiss: "닫기",
    load_error,
    storage_unavailable: "이 브라우저는 가이드가 아무것도 저장하지 못하게 막고 있습니다(시크릿 모드나 저장 공간 차단 등). 시청 기록은 이번 방문 동안만 유지됩니다.",
    storage_not_saved: "방금 바꾼 내용을 이 기기에 저장하지 못했습니다(저장 공간이 가득 찼을 수 있습니다). 이번 방문 동안은 유지됩니다.",
    stored_progress,
    section,
    page_title,
    page_description,
    member_title: |character, actor| format!("{character} ({actor})"),
    member_description: |character, actor, about| {
        format!("〈사이코지만 괜찮아〉에서 {} 연기한 {character}. {about}", josa(actor, "이", "가"))
    },
    episode_title: |n, title| format!("{n}회: {title}"),
    episode_description: |n, date, tale| {
        format!("〈사이코지만 괜찮아〉 {n}회, {date} 첫 방송. 바탕이 된 이야기: {tale}")
    },
    source: "출처",
    sources: "출처",
    fan_source: "팬 제작",
    undated: "날짜 없음",
    not_confirmed: "확인되지 않음",
    weak_source: "신뢰도 낮은 출처 한 곳",
    kind_heading: |k| match k {
        CitationKind::Press => "언론",
        CitationKind::Official => "공식 페이지",
        CitationKind::Reference => "백과사전과 데이터베이스",
        CitationKind::Fan => "팬 출처: 블로그, 리뷰, 커뮤니티, 팬 데이터베이스",
    },
    title_not_shown: "페이지에 제목이 보이지 않음",
    title_from_address: "주소에서 읽은 제목",
    via: "게재:",
    used_for: "사용한 곳:",
    bibliography_intro: |sources, facts| {
        format!("출처 {}곳이 사실 {}개를 뒷받침합니다. 종류별로 묶고, 가이드가 각 출처를 어디에 썼는지 함께 적었습니다. 사실은 출처에서 가져왔지만 문장은 모두 직접 썼습니다. 팬 출처는 따로 표시했고, 팬 출처에만 나오는 내용은 그 자리에 표시했습니다.", number(sources as i64), number(facts as i64))
    },
    use_label,
    hero_kicker: "2020년 tvN 드라마 팬 가이드",
    literally: "직역하면",
    genres_label: "장르",
    status_label: "시즌 2 현황",
    season2: "시즌 2:",
    read_outlook: "전망 자세히 보기",
    premise_heading: "어떤 이야기인가",
    also_known: |alt, note| format!("영어 제목을 “{alt}”로 적기도 합니다({note})."),
    facts_heading: "기본 정보",
    genre: "장르",
    watch_heading: "볼 수 있는 곳",
    story_places_heading: "이야기 속 장소",
    filming_link: "촬영지 보기",
    scores_heading: "시청자 평점",
    explore_label: "가이드 둘러보기",
    meet_cast: "출연진 보기",
    all_episodes: "16회 전편 보기",
    progress_heading: "내 시청 기록",
    progress_count: |w, total| format!("{total}회 중 {w}회 시청"),
    start_with: |n| format!("{n}회부터 보기"),
    continue_with: |n| format!("{n}회 이어 보기"),
    seen_all: "16회 전편을 모두 봤습니다.",
    progress_help: "본 회차를 표시하면 아직 보지 않은 회의 스포일러를 가려 둡니다. 기록은 이 기기에만 남고, 계정은 필요 없습니다.",
    clear_progress: "기록 지우기",
    clear_confirm: "표시한 회차를 모두 지우시겠습니까? 별점과 메모는 남습니다. 지운 뒤에는 되돌릴 수 없습니다.",
    clear_yes: "네, 지울게요",
    cancel: "취소",
    spoiler_switch: "스포일러 모두 보기",
    spoiler_switch_hint: "드라마를 끝까지 본 분을 위한 설정",
    start_rewatch: "정주행 다시 시작",
    rewatch_help: "처음부터 다시 볼 수 있도록 시청 표시를 지웁니다. 스포일러는 계속 열려 있고, 별점과 메모도 그대로 남습니다.",
    times_finished: |n| format!("드라마를 {n}번 끝까지 봤습니다."),
    move_progress_link: "시청 기록을 다른 기기로 옮기기",
    watched: "봤어요",
    mark_watched: |n| format!("봤어요, {n}회"),
    mark_up_to: "여기까지 모두 봤어요",
    mark_up_to_label: |n| format!("여기까지 모두 봤어요: 1~{n}회"),
    reveal_spoiler: |n| format!("스포일러 보기 ({n}회 내용)"),
    spoiler_from: |n| format!("{n}회 스포일러"),
    cast_heading: "출연진",
    leads: "주연",
    supporting: "조연",
    lead_badge: "주연",
    supporting_badge: "조연",
    played_by: "배우",
    also_in: "다른 작품:",
    all_cast: "출연진 전체",
    one_of_the_leads: "네 주연 가운데 한 명",
    who_they_are: "인물 소개",
    age: |a| format!("이야기가 시작될 때 {a}세."),
    other_roles: |actor| format!("{actor}의 다른 작품"),
    no_other_roles: "출처에 이 배우의 다른 작품이 나오지 않습니다.",
    roles_checked: "출연작 목록:",
    no_such_member: "출연진 목록에 이 주소의 인물이 없습니다.",
    connections: "관계",
    no_connections_yet: "지금까지 본 회차에서는 이 인물의 관계가 아직 드러나지 않았습니다.",
    see_map: "인물관계도에서 모두 보기",
    episodes_heading: "회차",
    episodes_lead: "2020년 6월 20일부터 8월 9일까지 tvN에서 매주 토·일요일 밤에 2회씩, 모두 16회가 방송됐습니다. 회마다 동화나 그림책에서 부제를 따왔습니다.",
    extremes: |h, hv, l, lv| format!("최고 시청률: {h}회 {hv}. 최저: {l}회 {lv}."),
    episode_n: |n| format!("{n}회: "),
    rating_label: "시청률:",
    tale_label: "동화:",
    no_figure: "자료 없음",
    mark_highest: "최고",
    mark_lowest: "최저",
    our_translation: "공식 제목이 아닌 직역",
    fan_translation: "팬 번역",
    from_fan_recaps: "팬 리뷰에서 확인",
    no_title: "부제 미확인",
    no_korean_title: "한국어 부제 미확인",
    figures_heading: "수치와 부제에 대하여",
    ratings: "시청률",
    titles: "부제",
    chart_caption: "회차별 닐슨 시청률 (전국, %)",
    chart_label: |count, extremes, missing| format!("{count}회 전편의 닐슨 시청률(%). {extremes}{missing}"),
    chart_missing: |list| format!(" {list}회는 수치 없음."),
    chart_table: "표로 보기",
    chart_episode: "회차",
    chart_rating: "시청률",
    chart_finale: "최종회",
    chart_average: |v| format!("전체 평균 {v}"),
    all_episodes_link: "전체 회차",
    episode_of: |n, total| format!("전체 {total}회 중 {n}회"),
    in_short: "간추린 줄거리",
    first_aired: "첫 방송",
    broadcast_slot: "tvN 오후 9시",
    the_tale: "바탕이 된 이야기",
    nielsen_rating: "닐슨 시청률",
    single_source: "출처 한 곳",
    peak: |p| format!("순간 최고 시청률 {p}."),
    previous: |n| format!("이전: {n}회"),
    next: |n| format!("다음: {n}회"),
    other_episodes: "다른 회차",
    no_such_episode: |n, total| format!("{n}회는 없습니다. 이 드라마는 {total}부작입니다."),
    your_rating: "내 별점",
    stars: |n| format!("별 {n}개"),
    clear_rating: "별점 없음",
    your_note: "나만 보는 메모",
    note_help: "이 기기에만 저장되고 어디로도 보내지 않습니다.",
    note_count: |used, max| format!("{used}/{max}자"),
    share: "이 페이지 공유하기",
    shared: "공유했습니다.",
    copied: "링크를 복사했습니다.",
    copy_this: "아래 링크를 복사해 주세요:",
    outlook_heading: "시즌 2가 나올까?",
    status_as_of: "현황:",
    newest_source: |date| format!("가장 최근 출처가 {date} 자료이므로, 그 뒤의 소식은 뉴스에서 확인해 주세요."),
    by_your_clock: "오늘 기준으로",
    since_finale: "종영 후",
    since_window: |label| format!("예상 시기({label})가 지난 뒤"),
    not_yet_closed: "아직 지나지 않음",
    after_finale: |span| format!("종영 후 {span}이 지난 지금,"),
    reasons: "근거",
    stance: |s| match s {
        Stance::Against => "시즌 2가 어려운 이유",
        Stance::For => "가능성을 보여 주는 점",
        Stance::Context => "대신 일어난 일",
    },
    spike_heading: "막판 시청률 상승",
    spike_intro: "마지막 회로 갈수록 시청자가 늘었고, 더 시네마홀릭은 이를 시즌 2가 나올 수도 있다는 신호로 읽었습니다. 전체 16회의 시청률은 아래와 같습니다.",
    timeline: "연표",
    about_heading: "수상, 책, 출처",
    awards: "수상",
    outcome: |o| match o {
        Outcome::Won => "수상",
        Outcome::Nominated => "후보",
        Outcome::Listed => "선정",
    },
    books_heading: "실제로 출간된 고문영의 그림책",
    tale_of_episode: |n| format!("{n}회의 동화"),
    related_heading: "함께 보면 좋은 작품",
    bibliography: "이 가이드가 쓴 모든 출처",
    filming_moved: "촬영지는 지도와 함께 별도 페이지에 정리했습니다.",
    search_heading: "가이드 검색",
    search_label: "검색",
    search_hint: "배우, 인물, 회차, 동화, 노래, 촬영지를 한글이나 영어로 찾아보세요. 예: 문강태, moon gangtae, 빨간 구두",
    nothing_found: |q| format!("“{q}” 검색 결과가 없습니다."),
    results: |n, q| format!("“{q}” 검색 결과 {}건", number(n as i64)),
    kind_person: "출연진",
    kind_episode: "회차",
    kind_song: "노래",
    kind_place: "촬영지",
    map_heading: "인물관계도",
    map_intro: "누가 누구와 어떤 사이인지 정리했습니다. 각 관계는 그 사실이 드러나는 회차를 봤다고 표시하거나 스포일러를 모두 보기로 해야 나타나며, 그 전에는 페이지에 아예 들어 있지 않습니다.",
    official_label: |label| format!("tvN 공식 인물관계도는 두 주인공의 관계를 {} 적었습니다.", josa(&format!("'{label}'"), "이라고", "라고")),
    locked: |n| format!("아직 잠긴 관계가 {n}개 있습니다. 드라마를 보면서 하나씩 열립니다."),
    all_unlocked: "모든 관계를 보여 주고 있습니다.",
    choose_person: "인물 선택",
    everyone: "전체",
    map_title: "인물관계도",
    map_of: |name| format!("{name}의 관계"),
    legend: "관계 종류",
    relation_kind: |k| match k {
        RelationKind::Family => "가족",
        RelationKind::Love => "사랑",
        RelationKind::Friends => "친구",
        RelationKind::Work => "업무",
        RelationKind::Care => "돌봄",
        RelationKind::Past => "과거",
        RelationKind::Crime => "범죄",
    },
    list_heading: "모든 관계 목록",
    from_episode: |n| format!("{n}회부터"),
    premise: "처음부터",
    their_connections: |name| format!("{name}의 관계"),
    music_heading: "OST",
    music_director: "음악감독",
    ost_producer: "OST 제작",
    release: |kind, n| match (kind, n) {
        (ReleaseKind::Part, Some(n)) => format!("Part {n}"),
        (ReleaseKind::Special, Some(n)) => format!("Special Track Vol. {n}"),
        (ReleaseKind::Album, _) => "합본 앨범".into(),
        _ => "음원".into(),
    },
    released: "발매",
    date_unknown: "발매일 미확인",
    date_inferred: "발표 시점으로 추정",
    tracks: |n| format!("{n}곡"),
    first_heard: |n| format!("{n}회에서 처음 흐름"),
    first_heard_unknown: "처음 흐른 회차 미확인",
    english_title_weak: "영어 제목은 신뢰도 낮은 출처 한 곳에만 나옴",
    credits: "참여",
    scene: "장면",
    places_heading: "촬영지",
    map_region: "강원·경기의 촬영지",
    map_frame: "지도. 화면이 좁으면 옆으로 밀어 볼 수 있습니다",
    places_list: "장소와 장면 전체 목록",
    studio_set: "세트장",
    not_on_map: "지도에 없음",
    address: "주소",
    reference_town: "참고용",
    map_credit: "지도 데이터: Natural Earth(퍼블릭 도메인), 지명: GeoNames(CC BY 4.0).",
    where_label: "위치",
    transfer_heading: "시청 기록 옮기기",
    transfer_intro: "시청 표시와 별점, 메모는 이 기기에만 저장됩니다. 다른 휴대폰이나 컴퓨터로 옮기려면 아래 링크를 그 기기에서 열거나, QR 코드를 찍거나, 파일로 저장해 그 기기에서 열면 됩니다. 어디로도 전송하지 않습니다. 링크 안에 기록이 그대로 들어 있습니다.",
    on_this_device: "이 기기의 기록:",
    summary,
    nothing_yet: "아직 없음",
    link_heading: "링크",
    link_help: "다른 기기에서 여세요. 기록은 # 뒤에 들어 있는데, 브라우저는 이 부분을 서버로 보내지 않습니다.",
    copy_link: "링크 복사",
    qr_heading: "QR 코드",
    qr_alt: "시청 기록을 담은 링크의 QR 코드",
    qr_too_long: "메모가 길어 QR 코드에 담을 수 없습니다. 링크나 파일을 이용해 주세요.",
    file_heading: "파일",
    export_file: "기록 파일 저장",
    import_file: "기록 파일 열기",
    file_help: "백업으로 보관하거나 다른 기기에서 열 수 있는 작은 JSON 파일입니다.",
    incoming_heading: "다른 기기에서 가져온 기록",
    incoming_holds: |s| format!("가져온 기록: {}.", summary(s)),
    replace: "가져온 기록으로 바꾸기",
    merge: "내 기록과 합치기",
    ignore: "무시하기",
    choice_help: "바꾸기를 고르면 이 기기의 기록은 사라집니다. 합치기는 양쪽을 모두 남기며, 같은 회차에 별점이나 메모가 둘 다 있으면 이 기기의 것을 남깁니다.",
    replaced: "완료: 가져온 기록으로 바꿨습니다.",
    merged: "완료: 두 기록을 합쳤습니다.",
    ignored: "무시했습니다. 아무것도 바꾸지 않았습니다.",
    transfer_error,
    content_notes: "주의할 내용",
    theme: |t| match t {
        Theme::Suicide => "자살 관련 내용",
        Theme::Violence => "폭력",
        Theme::Abuse => "학대(아동 학대 포함)",
        Theme::Murder => "살인",
        Theme::DeathOfParent => "부모의 죽음",
        Theme::Grief => "상실과 애도",
        Theme::SexualHarassment => "성희롱",
        Theme::Nudity => "노출",
        Theme::StrongLanguage => "욕설",
        Theme::Ableism => "장애 비하",
        Theme::Dementia => "치매",
        Theme::Drugging => "동의 없는 약물 투여",
        Theme::Abduction => "납치",
        Theme::TraumaMemory => "트라우마 기억",
        Theme::MentalHealthCrisis => "정신적 위기",
        Theme::Dissociation => "해리",
    },
    themes_label: "주제:",
    get_help: "마음이 힘들다면 도움받을 곳",
    regulator_label: "방송 심의",
    regulator_unconfirmed: "최종 결정은 확인되지 않음",
    in_emergency: "긴급할 때",
    lines_in_korea: "국내 상담전화",
    other_countries: "다른 나라에서",
    call: |n| format!("{n}에 전화하기"),
    since: |d| format!("{d}부터"),
    view_stance: |s| match s {
        ViewStance::Praise => "호평",
        ViewStance::Criticism => "비판",
        ViewStance::Mixed => "엇갈린 평가",
        ViewStance::Context => "설명",
    },
    topic_link: |title| format!("드라마가 그린 모습: {title}"),
    footer_links: "마음을 살피며 보기",
    kind_page: "페이지",
    who_appears: "나오는 사람들",
    guest_kind: |k| match k {
        GuestKind::Special => "특별출연",
        GuestKind::Cameo => "카메오",
        GuestKind::Guest => "게스트",
    },
    played_by_short: |actor| format!("({actor})"),
    held_back: |n| format!("스포일러가 될 수 있는 인물 {n}명은 그 사실이 드러나는 회차를 본 뒤에 보입니다."),
    where_heading: "장소",
    in_the_story: "이야기 속 장소",
    filmed_at: "촬영지",
    what_plays: "흐르는 음악",
    tale_heading: "바탕이 된 이야기",
    read_free: "원문 무료로 읽기",
    own_book: "드라마를 위해 쓰인 고문영의 그림책입니다. 실제로 출간된 책은 수상 기록과 함께 정리해 두었습니다.",
    guests_label: "출연",
    songs_label: "음악",
    places_follow: "내가 본 회차의 장소만 보기",
    places_ahead: |n| format!("아직 보지 않은 회차에 장소 {n}곳이 더 있습니다."),
    story_link: "지금까지의 이야기 다시 보기",
    story_lead: "본 것으로 표시한 회차의 줄거리를 순서대로 모았습니다. 그 뒤의 이야기는 나오지 않습니다.",
    story_empty: "회차를 본 것으로 표시하면 그 회차의 줄거리가 여기에 나타납니다.",
    story_full: "자세한 줄거리",
    story_up_to: |n| format!("{n}회까지"),
    watched_on: |d| format!("{d}에 봄"),
    watched_day_unknown: "봤어요, 날짜는 모름",
    change_day: "날짜 바꾸기",
    day_label: "본 날짜",
    day_unknown: "날짜 모름",
    date_error: |e| match e {
        DateError::BeforeBroadcast => "첫 방송보다 앞선 날짜입니다.",
        DateError::InFuture => "아직 오지 않은 날짜입니다.",
        DateError::NotAnEpisode | DateError::NoSuchRun => "이 날짜는 저장하지 못했습니다.",
    },
    mark_up_to_ask: |n| format!("1~{n}회를 본 것으로 표시합니다. 날짜는 어떻게 할까요?"),
    date_today: "오늘",
    date_broadcast: "회차마다 방송한 날",
    date_not_known: "모름",
    your_progress: "내 시청 기록",
    numbers_heading: "숫자로 보는 나의 시청",
    stat_watched_now: "지금 정주행에서 본 회차",
    stat_watched_all: "본 회차(다시 본 것까지)",
    stat_runs_done: "끝까지 본 횟수",
    stat_first_last: "처음 본 날과 마지막으로 본 날",
    stat_span: "첫 회부터 마지막 회까지",
    stat_streak: "가장 오래 이어 본 기간",
    stat_time: "본 시간",
    days_count: |n| format!("{n}일"),
    time_range: |a, b| match (a, b) {
        (0, 0) => "아직 없음".into(),
        _ if a == b => format!("약 {a}시간"),
        _ => format!("{a}~{b}시간"),
    },
    time_note: "이 가이드의 출처가 밝힌 회당 방송 시간 70~85분으로 계산해 범위로 나타냈습니다.",
    ratings_compare: "내 별점과 방송 시청률",
    ratings_compare_caption: "회차별 내 별점(5점 만점)과 닐슨 시청률(%)",
    your_stars: "내 별점",
    broadcast_rating: "방송 시청률",
    nothing_known: "아직 알 수 없음",
    runs_heading: "정주행 기록",
    run_name: |i| if i == 0 { "첫 정주행".into() } else { format!("다시 보기 {i}") },
    run_count: |w, done| if done { format!("16회 중 {w}회, 완주") } else { format!("16회 중 {w}회") },
    end_run: |i| if i == 0 { "첫 정주행을 여기서 끝내기".into() } else { format!("다시 보기 {i}, 여기서 끝내기") },
    delete_run: |i| format!("다시 보기 {i} 지우기"),
    diary_heading: "시청 일지",
    diary_empty: "본 것으로 표시한 회차가 최근 것부터 여기에 나타납니다.",
    settings_heading: "설정",
    notes_open_setting: "주의할 내용을 펼쳐서 보기",
    notes_open_hint: "끄면 회차마다 주의할 내용이 접혀 있다가, 열어야 보입니다.",
    csv_heading: "스프레드시트",
    csv_help: "회차와 정주행마다 한 줄씩, 본 날짜와 정주행 순서, 별점, 메모를 담은 CSV 파일입니다. 스프레드시트나 다른 시청 기록 앱에서 열 수 있습니다.",
    export_csv: "CSV로 저장",
    netflix_heading: "넷플릭스 시청 기록 가져오기",
    netflix_help: "넷플릭스에서는 프로필의 시청 기록을 파일로 내려받을 수 있습니다(프로필의 시청 기록 페이지, 또는 개인 정보 다운로드). 그 파일을 아래에서 고르거나 이 상자에 끌어다 놓으세요. 파일은 이 기기에서만 읽히고 어디로도 보내지지 않으며, 다른 작품의 기록은 무시되고, 적용하기 전에는 아무것도 바뀌지 않습니다.",
    netflix_choose: "넷플릭스 시청 기록 파일 고르기",
    netflix_error: |e| match e {
        FileError::TooLarge { .. } => "시청 기록 파일이라기엔 너무 큽니다.".into(),
        FileError::NotText => "UTF-8 텍스트 파일이 아닙니다. 다른 프로그램으로 다시 저장한 파일 말고, 넷플릭스에서 받은 파일을 그대로 골라 주세요.".into(),
        FileError::NotCsv => "CSV 표 형식의 파일이 아닙니다.".into(),
        FileError::UnknownColumns => "Title과 Date 열이 없는 표라서 넷플릭스 시청 기록이 아닙니다.".into(),
        FileError::OwnExport => "넷플릭스 파일이 아니라 이 가이드에서 저장한 CSV 파일입니다.".into(),
        FileError::NoRowsForShow { rows } => format!("파일에 {rows}줄이 있지만 〈사이코지만 괜찮아〉 기록은 없습니다."),
    },
    netflix_too_large: "시청 기록 파일이라기엔 너무 커서 읽지 않았습니다.",
    netflix_unreadable: "파일을 읽지 못했습니다.",
    netflix_found: |e, rows, other| match other {
        0 => format!("{rows}줄에서 {e}개 회차를 찾았습니다."),
        _ => format!("{rows}줄에서 {e}개 회차를 찾았습니다. 다른 작품의 기록 {other}줄은 무시했고 남기지 않았습니다."),
    },
    netflix_profile: "프로필",
    netflix_marks: "첫 정주행에 다음 회차를 본 것으로 표시합니다:",
    netflix_ambiguous: "다음 날짜는 두 가지로 읽힐 수 있습니다. 맞는 날을 고르거나, 날짜를 모름으로 두세요:",
    netflix_pick: |n| format!("{n}회: 어느 날인가요?"),
    netflix_unplaced: "이해하지 못한 줄:",
    row_reason: |r| match r {
        RowReason::Trailer => "시청이 아니라 예고편",
        RowReason::NoEpisode => "회차가 적혀 있지 않음",
        RowReason::UnknownEpisodeTitle => "가이드에 없는 회차 제목",
        RowReason::UnknownEpisodeNumber => "드라마에 없는 회차 번호",
        RowReason::TitleNumberMismatch => "제목과 번호가 서로 다른 회차를 가리킴",
        RowReason::BadDate => "읽을 수 없는 날짜",
        RowReason::BeforeBroadcast => "방송 전 날짜",
        RowReason::InFuture => "아직 오지 않은 날짜",
    },
    netflix_line: |l| format!("{l}번째 줄"),
    netflix_refused: |n| format!("방송 전이나 오늘 뒤의 날짜라서 {n}건을 뺐습니다."),
    netflix_short: |n| format!("몇 초만 재생된 {n}건을 뺐습니다."),
    apply: "적용하기",
    imported: "넷플릭스 시청 기록을 더했습니다.",
    conflicts_heading: "두 기록이 서로 다른 곳",
    conflicts_help: "나머지는 양쪽 것을 모두 남깁니다. 아래 항목은 어느 쪽을 남길지 골라 주세요:",
    conflict_rating: |n| format!("{n}회: 내 별점"),
    conflict_note: |n| format!("{n}회: 내 메모"),
    conflict_date: |run, n| if run == 0 { format!("{n}회: 첫 정주행에서 본 날짜") } else { format!("{n}회: 다시 보기 {run}에서 본 날짜") },
    keep_mine: |v| format!("이 기기의 것: {v}"),
    take_theirs: |v| format!("가져온 것: {v}"),
    not_found_heading: "페이지를 찾을 수 없습니다",
    not_found_text: "이 가이드에 없는 페이지입니다. 주소가 바뀌었거나 잘못 입력된 것 같습니다.",
    go_home: "가이드 첫 화면으로",
};

#[cfg(test)]
mod tests {
    use super::josa;

    #[test]
    fn particles_follow_the_last_sound() {
        assert_eq!(josa("김수현", "이", "가"), "김수현이");
        assert_eq!(josa("서예지", "이", "가"), "서예지가");
        assert_eq!(
            josa("'악연 혹은 인연'", "이라고", "라고"),
            "'악연 혹은 인연'이라고"
        );
        assert_eq!(josa("'친구'", "이라고", "라고"), "'친구'라고");
    }
}
