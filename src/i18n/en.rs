use super::Ui;
use crate::core::lang::Lang;
use crate::data::error::LoadError;
use crate::data::model::{
    CitationKind, GuestKind, Outcome, RelationKind, ReleaseKind, Stance, Theme, ViewStance,
};
use crate::logic::cite::{Use, UseKind};
use crate::logic::format::{count_en, episode_runs};
use crate::logic::netflix::{FileError, Reason as RowReason};
use crate::logic::progress::{DateError, Loaded};
use crate::logic::routes::Route;
use crate::logic::transfer::{Summary, TransferError};

fn load_error(e: &LoadError) -> String {
    e.to_string()
}

fn stored_progress(l: &Loaded) -> Option<String> {
    Some(match l {
        Loaded::Nothing | Loaded::Current | Loaded::Migrated { .. } => return None,
        Loaded::Repaired { dropped } => format!(
            "Your saved progress had {} that could not be read. {} left out; the rest is kept, and a copy of the original stays on this device.",
            count_en(*dropped, "entry", "entries"),
            if *dropped == 1 { "It was" } else { "They were" },
        ),
        Loaded::Newer { .. } => "Your watch progress was saved by a newer version of this guide. This page shows what it can read, and keeps a copy of the original on this device.".into(),
        Loaded::Unreadable => "Your saved watch progress could not be read, so the tracker starts empty. A copy of the old value is kept on this device.".into(),
    })
}

fn section(r: &Route) -> &'static str {
    match r {
        Route::Home => "Home",
        Route::Cast | Route::CastMember(_) => "Cast",
        Route::Episodes | Route::Episode(_) => "Episodes",
        Route::Relationships => "Who's who",
        Route::Music => "Music",
        Route::Places => "Places",
        Route::Outlook => "Season 2?",
        Route::About => "About",
        Route::Search => "Search",
        Route::Progress => "Your progress",
        Route::Help => "Help",
        Route::Portrayal => "Mental health in the series",
        Route::Story => "The story so far",
        Route::NotFound => "Page not found",
    }
}

fn page_title(r: &Route) -> &'static str {
    match r {
        Route::Home | Route::CastMember(_) | Route::Episode(_) => "",
        Route::Relationships => "Relationship map",
        Route::Music => "Soundtrack",
        Route::Places => "Filming places",
        Route::Outlook => "Will there be a season 2?",
        Route::About => "Awards, books and sources",
        Route::Search => "Search",
        Route::Progress => "Your progress",
        Route::Help => "Help, when the series has shaken you",
        Route::Portrayal => "How the series portrays mental health",
        other => section(other),
    }
}

fn page_description(r: &Route) -> &'static str {
    match r {
        Route::Home => "A fan guide to the 2020 K-drama It's Okay to Not Be Okay (사이코지만 괜찮아): premise, key facts, cast, all 16 episodes with their fairy tales and ratings, the relationship map, soundtrack, filming places and whether a season 2 is coming.",
        Route::Cast => "Who plays whom in It's Okay to Not Be Okay: the four leads and the supporting cast, with names in English and Hangul and the actors' other roles.",
        Route::Episodes => "All 16 episodes of It's Okay to Not Be Okay with air dates, titles, the fairy tale behind each one, and Nielsen ratings.",
        Route::Relationships => "Who is who to whom in It's Okay to Not Be Okay: a relationship map that reveals each connection only once you have watched the episode it comes from.",
        Route::Music => "The It's Okay to Not Be Okay soundtrack: every OST part and special track, the singers in English and Hangul, release dates and where each song is first heard.",
        Route::Places => "Where It's Okay to Not Be Okay was filmed: the café that played the hospital, the castle set, the beaches and the places of each date, on a map.",
        Route::Outlook => "Is a second season of It's Okay to Not Be Okay coming? The status, the reasons for and against with their sources, and a timeline.",
        Route::Search => "Search the It's Okay to Not Be Okay fan guide: actors, characters, episodes, tales, songs and places, in English or Hangul.",
        Route::About => "Awards won by It's Okay to Not Be Okay, Ko Moon-young's picture books that were published for real, where to watch it, what to watch next, and every source this guide uses.",
        Route::Progress => "Your It's Okay to Not Be Okay watch record: the days you watched, your rewatches, your numbers and your diary; bring in your Netflix history, and move it all to another device by link, QR code or file. No account, nothing sent anywhere.",
        Route::Help => "Free help lines in Korea, answered around the clock, and a directory for every other country, for a viewer It's Okay to Not Be Okay has shaken. Works offline.",
        Route::Portrayal => "How It's Okay to Not Be Okay portrays antisocial personality disorder, autism, trauma and caregivers: cited views from researchers, clinicians, the autism community, the cast, the writer and critics.",
        Route::Story => "Catch up on It's Okay to Not Be Okay: a recap of each episode you have watched, and nothing after it.",
        Route::NotFound => "This page of the It's Okay to Not Be Okay fan guide does not exist.",
        Route::CastMember(_) | Route::Episode(_) => "",
    }
}

fn use_label(u: &Use) -> String {
    let n = &u.name;
    match u.what {
        UseKind::Place if n.is_empty() => "the filming places, in general".into(),
        UseKind::Care if n.is_empty() => {
            "content notes: how they are written, what no source gives".into()
        }
        UseKind::Care => format!("episode {n}: content notes"),
        UseKind::Help if n.is_empty() => "the help page".into(),
        UseKind::Help => format!("help: {n}"),
        UseKind::Portrayal => format!("mental health in the series: {n}"),
        UseKind::InEpisode => format!("episode {n}: who appears, where, what plays"),
        UseKind::Recap => format!("episode {n}: recap"),
        UseKind::Fact
        | UseKind::Watch
        | UseKind::Score
        | UseKind::Reason
        | UseKind::Award
        | UseKind::Place
        | UseKind::Person => n.clone(),
        UseKind::Roles => format!("{n}: the actor's other roles"),
        UseKind::EpisodeTitle => format!("episode {n}: title"),
        UseKind::EpisodeRating if n.is_empty() => "the series' average rating".into(),
        UseKind::EpisodeRating => format!("episode {n}: rating"),
        UseKind::EpisodeTale => format!("episode {n}: tale"),
        UseKind::Spoiler if n.chars().all(|c| c.is_ascii_digit()) => {
            format!("episode {n}: a spoiler")
        }
        UseKind::Spoiler => format!("{n}: a spoiler"),
        UseKind::Book if n.is_empty() => "the tie-in books".into(),
        UseKind::Book | UseKind::Related | UseKind::Song => format!("“{n}”"),
        UseKind::Outlook => format!("season 2: {n}"),
        UseKind::Timeline => format!("timeline, {n}"),
        UseKind::Relation if n.is_empty() => "the relationship chart".into(),
        UseKind::Relation => format!("connection: {n}"),
        UseKind::Music if n.is_empty() => "release dates".into(),
        UseKind::Music => n.clone(),
    }
}

fn summary(s: &Summary) -> String {
    let mut parts = Vec::new();
    if s.watched == 0 {
        parts.push("no episodes watched".to_string());
    } else {
        parts.push(format!("{} watched", episode_runs(&s.runs, Lang::En)));
    }
    if s.ratings > 0 {
        parts.push(count_en(s.ratings, "rating", "ratings"));
    }
    if s.notes > 0 {
        parts.push(count_en(s.notes, "note", "notes"));
    }
    if s.rewatches > 0 {
        parts.push(format!(
            "rewatching ({})",
            count_en(
                s.rewatches as usize,
                "run finished before",
                "runs finished before"
            )
        ));
    }
    if s.show_all_spoilers {
        parts.push("all spoilers shown".into());
    }
    parts.join(", ")
}

fn transfer_error(e: &TransferError) -> String {
    match e {
        TransferError::Empty => "There is nothing to read: the link or file is empty.".into(),
        TransferError::NotOurs => "This is not a progress link or file from this guide. Nothing was changed.".into(),
        TransferError::Damaged => "This progress link or file is damaged (cut short or altered), so it cannot be trusted. Nothing was changed; make a new one on the other device.".into(),
        TransferError::Newer { .. } => "This progress was saved by a newer version of the guide. Reload this page to get the newest version, then try again. Nothing was changed.".into(),
    }
}

pub static EN: Ui = Ui {
    lang: Lang::En,
    site_name: "It's Okay to Not Be Okay — fan guide",
    skip_link: "Skip to content",
    brand_title: "It's Okay to Not Be Okay",
    brand_sub: "a fan guide",
    brand_other: "It's Okay to Not Be Okay",
    nav_label: "Sections",
    lang_name: "English",
    lang_switch_label: "Read this page in English",
    lang_offer_text: "This guide is also in English.",
    lang_offer_go: "Read it in English",
    lang_offer_dismiss: "No thanks",
    footer: "An unofficial guide made by fans. Every fact names its source; every sentence is our own. Nothing on this site tracks you or loads anything from other sites.",
    no_script: "You can read every page without JavaScript; marking episodes, search and moving your progress need it.",
    update_ready: "A new version of the guide is available.",
    update_reload: "Reload",
    offline: "You're offline. Pages saved on this device from an earlier visit still work.",
    loading: "Loading…",
    load_failed: "This part of the guide didn't load",
    retry: "Try again",
    dismiss: "Dismiss",
    load_error,
    storage_unavailable: "This browser is not letting the guide save anything (private browsing or blocked storage, perhaps). Your watch progress works for this visit only.",
    storage_not_saved: "Your latest change could not be saved on this device (its storage may be full). It is kept for this visit.",
    stored_progress,
    section,
    page_title,
    page_description,
    member_title: |character, actor| format!("{character} ({actor})"),
    member_description: |character, actor, about| {
        format!("{character} is played by {actor} in It's Okay to Not Be Okay. {about}")
    },
    episode_title: |n, title| format!("Episode {n}: {title}"),
    episode_description: |n, date, tale| {
        format!("Episode {n} of It's Okay to Not Be Okay, first aired {date}. Built on: {tale}")
    },
    source: "Source",
    sources: "Sources",
    fan_source: "made by fans",
    undated: "undated",
    not_confirmed: "not confirmed",
    weak_source: "one weak source",
    kind_heading: |k| match k {
        CitationKind::Press => "Press",
        CitationKind::Official => "Official pages",
        CitationKind::Reference => "Reference works and databases",
        CitationKind::Fan => "Made by fans: blogs, recaps, forums and fan databases",
    },
    title_not_shown: "title not shown on the page",
    title_from_address: "title read from the address",
    via: "via",
    used_for: "Used for:",
    bibliography_intro: |sources, facts| {
        format!("{} sources, grouped by kind, back {} facts. Each says what the guide uses it for. Facts are taken from them; every sentence here is our own. Sources made by fans are marked as such, and anything only they report is flagged where it appears.", sources, facts)
    },
    use_label,
    hero_kicker: "A fan guide to the 2020 K-drama",
    literally: "literally",
    genres_label: "Genres",
    status_label: "Season 2 status",
    season2: "Season 2:",
    read_outlook: "Read the outlook",
    premise_heading: "What it's about",
    also_known: |alt, note| format!("Also written “{alt}”, {note}."),
    facts_heading: "Key facts",
    genre: "Genre",
    watch_heading: "Where to watch",
    story_places_heading: "Places in the story",
    filming_link: "Where it was filmed",
    scores_heading: "What viewers scored it",
    explore_label: "Explore the guide",
    meet_cast: "Meet the cast",
    all_episodes: "All 16 episodes",
    progress_heading: "Your progress",
    progress_count: |w, total| format!("{w} of {total} watched"),
    start_with: |n| format!("Start with episode {n}"),
    continue_with: |n| format!("Continue with episode {n}"),
    seen_all: "You have seen all sixteen episodes.",
    progress_help: "Mark episodes as you watch them and the guide keeps spoilers for later episodes hidden. Your progress stays on this device; there is no account.",
    clear_progress: "Clear progress",
    clear_confirm: "Forget every episode you marked? Your ratings and notes stay. This cannot be undone.",
    clear_yes: "Yes, clear my progress",
    cancel: "Cancel",
    spoiler_switch: "Show all spoilers",
    spoiler_switch_hint: "for readers who have finished the show",
    start_rewatch: "Start a rewatch",
    rewatch_help: "Clears your ticks for a fresh run; spoilers stay unlocked and your ratings and notes stay.",
    times_finished: |n| {
        if n == 1 {
            "You have finished the show once.".into()
        } else {
            format!("You have finished the show {n} times.")
        }
    },
    move_progress_link: "Move my progress to another device",
    watched: "Watched",
    mark_watched: |n| format!("Watched, episode {n}"),
    mark_up_to: "Mark all up to here",
    mark_up_to_label: |n| format!("Mark all up to here, episodes 1 to {n}"),
    reveal_spoiler: |n| format!("Reveal spoiler (episode {n})"),
    spoiler_from: |n| format!("Spoiler from episode {n}"),
    cast_heading: "Cast",
    leads: "The leads",
    supporting: "Supporting cast",
    lead_badge: "Lead",
    supporting_badge: "Supporting",
    played_by: "Played by",
    also_in: "Also in:",
    all_cast: "All cast",
    one_of_the_leads: "One of the four leads",
    who_they_are: "Who they are",
    age: |a| format!("Age at the start of the story: {a}."),
    other_roles: |actor| format!("{actor}'s other roles"),
    no_other_roles: "Our sources list no other roles for this actor.",
    roles_checked: "Credits listed:",
    no_such_member: "There is no character with that address in the cast list.",
    connections: "Connections",
    no_connections_yet: "No connection of this character is known yet at your point in the show.",
    see_map: "See everyone on the relationship map",
    episodes_heading: "Episodes",
    episodes_lead: "Sixteen episodes aired on tvN from 20 June to 9 August 2020, two a week on Saturday and Sunday nights. Each takes its title from a fairy tale or a picture book.",
    extremes: |h, hv, l, lv| format!("Highest rated: episode {h} at {hv}. Lowest: episode {l} at {lv}."),
    episode_n: |n| format!("Episode {n}: "),
    rating_label: "Rating:",
    tale_label: "Tale:",
    no_figure: "n/a",
    mark_highest: "Highest",
    mark_lowest: "Lowest",
    our_translation: "our literal translation, not an official title",
    fan_translation: "fan translation",
    from_fan_recaps: "reported by fan recaps",
    no_title: "Title not confirmed",
    no_korean_title: "Korean title not found",
    figures_heading: "About these figures and titles",
    ratings: "Ratings",
    titles: "Titles",
    chart_caption: "Nielsen ratings by episode (nationwide, %)",
    chart_label: |count, extremes, missing| {
        format!("Nielsen ratings of all {count} episodes, in percent. {extremes}{missing}")
    },
    chart_missing: |list| format!(" No figure for episode {list}."),
    chart_table: "The figures as a table",
    chart_episode: "Episode",
    chart_rating: "Rating",
    chart_finale: "Finale",
    chart_average: |v| format!("series average {v}"),
    all_episodes_link: "All episodes",
    episode_of: |n, total| format!("Episode {n} of {total}"),
    in_short: "In short",
    first_aired: "First aired",
    broadcast_slot: "at 21:00 KST on tvN",
    the_tale: "The tale",
    nielsen_rating: "Nielsen rating",
    single_source: "one source only",
    peak: |p| format!("At its peak during the broadcast: {p}."),
    previous: |n| format!("Previous: episode {n}"),
    next: |n| format!("Next: episode {n}"),
    other_episodes: "Other episodes",
    no_such_episode: |n, total| format!("There is no episode {n}. The show has {total} episodes."),
    your_rating: "Your rating",
    stars: |n| if n == 1 { "1 star".into() } else { format!("{n} stars") },
    clear_rating: "No rating",
    your_note: "Your private note",
    note_help: "Kept only on this device, never sent anywhere.",
    note_count: |used, max| format!("{used} of {max} characters"),
    share: "Share this page",
    shared: "Shared.",
    copied: "Link copied.",
    copy_this: "Copy this link:",
    outlook_heading: "Will there be a season 2?",
    status_as_of: "Status:",
    newest_source: |date| format!("The newest source is from {date}, so check the news for anything more recent."),
    by_your_clock: "By your clock",
    since_finale: "Since the finale",
    since_window: |label| format!("Since the guessed {label} window closed"),
    not_yet_closed: "Not yet closed",
    after_finale: |span| format!("{span} after the finale:"),
    reasons: "The reasons",
    stance: |s| match s {
        Stance::Against => "Why a season 2 is unlikely",
        Stance::For => "What speaks for one",
        Stance::Context => "What happened instead",
    },
    spike_heading: "The ratings spike",
    spike_intro: "The audience grew at the very end, which The Cinemaholic read as a sign that a renewal was possible. Here are all sixteen figures.",
    timeline: "Timeline",
    about_heading: "Awards, books and sources",
    awards: "Awards",
    outcome: |o| match o {
        Outcome::Won => "Won",
        Outcome::Nominated => "Nominated",
        Outcome::Listed => "Listed",
    },
    books_heading: "Moon-young's books, published for real",
    tale_of_episode: |n| format!("The tale of episode {n}"),
    related_heading: "If you liked this",
    bibliography: "Every source the guide uses",
    filming_moved: "Filming places now have a page of their own, with a map.",
    search_heading: "Search the guide",
    search_label: "Search",
    search_hint: "Actors, characters, episodes, tales, songs and places, in English or Hangul: try 문강태, “moon gangtae” or “red shoes”.",
    nothing_found: |q| format!("Nothing found for “{q}”."),
    results: |n, q| format!("{} for “{q}”", count_en(n, "result", "results")),
    kind_person: "Cast",
    kind_episode: "Episode",
    kind_song: "Song",
    kind_place: "Place",
    map_heading: "Relationship map",
    map_intro: "Who is who to whom. A connection appears only once you have marked the episode that reveals it as watched, or switched on every spoiler; until then it is not in the page at all.",
    official_label: |label| format!("tvN's own chart calls the two leads {label}: a bad bond, or a fated one."),
    locked: |n| {
        if n == 1 {
            "1 more connection is still locked: it appears as you watch.".into()
        } else {
            format!("{n} more connections are still locked: they appear as you watch.")
        }
    },
    all_unlocked: "Every connection is shown.",
    choose_person: "Show the connections of",
    everyone: "Everyone",
    map_title: "The relationship map",
    map_of: |name| format!("{name}'s connections"),
    legend: "Kinds of connection",
    relation_kind: |k| match k {
        RelationKind::Family => "family",
        RelationKind::Love => "love",
        RelationKind::Friends => "friends",
        RelationKind::Work => "work",
        RelationKind::Care => "care",
        RelationKind::Past => "the past",
        RelationKind::Crime => "crime",
    },
    list_heading: "Every connection, as a list",
    from_episode: |n| format!("from episode {n}"),
    premise: "from the premise",
    their_connections: |name| format!("{name}'s connections"),
    music_heading: "Soundtrack",
    music_director: "Music director",
    ost_producer: "OST produced by",
    release: |kind, n| match (kind, n) {
        (ReleaseKind::Part, Some(n)) => format!("Part {n}"),
        (ReleaseKind::Special, Some(n)) => format!("Special Track Vol. {n}"),
        (ReleaseKind::Album, _) => "Full album".into(),
        _ => "Release".into(),
    },
    released: "Released",
    date_unknown: "date not known",
    date_inferred: "worked out from the announcement",
    tracks: |n| format!("{n} tracks"),
    first_heard: |n| format!("First heard in episode {n}"),
    first_heard_unknown: "Episode not known",
    english_title_weak: "English title from one weak source",
    credits: "Credits",
    scene: "The scene",
    places_heading: "Filming places",
    map_region: "Filming places in Gangwon and Gyeonggi",
    map_frame: "Map; on a narrow screen it scrolls sideways",
    places_list: "Every place, with its scene",
    studio_set: "studio set",
    not_on_map: "not on the map",
    address: "Address",
    reference_town: "for reference",
    map_credit: "Map data: Natural Earth (public domain); towns from GeoNames (CC BY 4.0).",
    where_label: "Where",
    transfer_heading: "Move your progress",
    transfer_intro: "Your ticks, ratings and notes live only on this device. To carry them to another phone or computer, open the link below there, scan the QR code, or save a file and open it on the other device. Nothing is sent anywhere: the link holds your progress itself.",
    on_this_device: "On this device:",
    summary,
    nothing_yet: "nothing yet",
    link_heading: "A link",
    link_help: "Open it on the other device. Your progress is in the part after #, which browsers never send to a server.",
    copy_link: "Copy the link",
    qr_heading: "A QR code",
    qr_alt: "QR code of the link that carries your progress",
    qr_too_long: "Your notes make the link too long for a QR code. Use the link or a file instead.",
    file_heading: "A file",
    export_file: "Save a progress file",
    import_file: "Open a progress file",
    file_help: "A small JSON file you can keep as a backup or open on another device.",
    incoming_heading: "Progress from another device",
    incoming_holds: |s| format!("This holds {}.", summary(s)),
    replace: "Replace mine with it",
    merge: "Merge it with mine",
    ignore: "Ignore it",
    choice_help: "Replace forgets what this device has. Merge keeps everything from both; where both have a rating or a note for the same episode, this device's stays.",
    replaced: "Done: this device now has the progress you brought over.",
    merged: "Done: the two are merged.",
    ignored: "Ignored. Nothing was changed.",
    transfer_error,
    content_notes: "Content notes",
    theme: |t| match t {
        Theme::Suicide => "suicide theme",
        Theme::Violence => "violence",
        Theme::Abuse => "abuse, including of children",
        Theme::Murder => "murder",
        Theme::DeathOfParent => "death of a parent",
        Theme::Grief => "grief and loss",
        Theme::SexualHarassment => "sexual harassment",
        Theme::Nudity => "nudity",
        Theme::StrongLanguage => "strong language",
        Theme::Ableism => "mockery of disability",
        Theme::Dementia => "dementia",
        Theme::Drugging => "drugging without consent",
        Theme::Abduction => "abduction",
        Theme::TraumaMemory => "traumatic memories",
        Theme::MentalHealthCrisis => "emotional breakdown",
        Theme::Dissociation => "dissociation",
    },
    themes_label: "Themes:",
    get_help: "Help, if the series has shaken you",
    regulator_label: "Broadcast regulator",
    regulator_unconfirmed: "final decision not confirmed",
    in_emergency: "In an emergency",
    lines_in_korea: "Help lines in Korea",
    other_countries: "In other countries",
    call: |n| format!("Call {n}"),
    since: |d| format!("since {d}"),
    view_stance: |s| match s {
        ViewStance::Praise => "praise",
        ViewStance::Criticism => "criticism",
        ViewStance::Mixed => "mixed",
        ViewStance::Context => "context",
    },
    topic_link: |title| format!("How the series portrays this: {title}"),
    footer_links: "Watching with care",
    kind_page: "Page",
    who_appears: "Who appears",
    guest_kind: |k| match k {
        GuestKind::Special => "special appearance",
        GuestKind::Cameo => "cameo",
        GuestKind::Guest => "guest",
    },
    played_by_short: |actor| format!("({actor})"),
    held_back: |n| if n == 1 {
        "One more appearance is held back until you reach the episode that reveals it.".to_string()
    } else {
        format!("{n} more appearances are held back until you reach the episode that reveals them.")
    },
    where_heading: "Where",
    in_the_story: "In the story",
    filmed_at: "Filmed at",
    what_plays: "What plays",
    tale_heading: "The tale behind it",
    read_free: "Read the original, free",
    own_book: "One of Moon-young's own picture books, written for the series: the published books are listed with the awards and books.",
    guests_label: "With",
    songs_label: "Songs",
    places_follow: "Only the places of episodes I have watched",
    places_ahead: |n| if n == 1 {
        "One more place belongs to episodes you have not watched yet.".to_string()
    } else {
        format!("{n} more places belong to episodes you have not watched yet.")
    },
    story_link: "Catch up: the story so far",
    story_lead: "A recap of each episode you have marked watched, in order, and nothing after it.",
    story_empty: "Mark an episode as watched and its recap appears here.",
    story_full: "The fuller recap",
    story_up_to: |n| format!("Up to episode {n}"),
    watched_on: |d| format!("Watched on {d}"),
    watched_day_unknown: "Watched, day not known",
    change_day: "Change the day",
    day_label: "The day you watched it",
    day_unknown: "Day not known",
    date_error: |e| match e {
        DateError::BeforeBroadcast => "That day is before the episode was first broadcast.",
        DateError::InFuture => "That day has not come yet.",
        DateError::NotAnEpisode | DateError::NoSuchRun => "That day could not be saved.",
    },
    mark_up_to_ask: |n| format!("Mark episodes 1 to {n} as watched. Which day should they have?"),
    date_today: "Today",
    date_broadcast: "The day each was broadcast",
    date_not_known: "Not known",
    your_progress: "Your progress",
    numbers_heading: "Your numbers",
    stat_watched_now: "Watched in this run",
    stat_watched_all: "Episodes watched, every run counted",
    stat_runs_done: "Runs finished",
    stat_first_last: "First and last watch",
    stat_span: "From the first episode to the last",
    stat_streak: "Longest streak",
    stat_time: "Time watched",
    days_count: |n| if n == 1 { "1 day".into() } else { format!("{n} days") },
    time_range: |a, b| match (a, b) {
        (0, 0) => "none yet".into(),
        (1, 1) => "about an hour".into(),
        _ if a == b => format!("about {a} hours"),
        _ => format!("{a} to {b} hours"),
    },
    time_note: "Counted from the running time the guide's sources give, 70 to 85 minutes an episode, so it is a range.",
    ratings_compare: "Your ratings beside the broadcast ratings",
    ratings_compare_caption: "Your stars (out of 5) and each episode's Nielsen rating (%), episode by episode",
    your_stars: "Your stars",
    broadcast_rating: "Broadcast rating",
    nothing_known: "not known yet",
    runs_heading: "Your runs",
    run_name: |i| if i == 0 { "First watch".into() } else { format!("Rewatch {i}") },
    run_count: |w, done| if done { format!("{w} of 16, finished") } else { format!("{w} of 16") },
    end_run: |i| if i == 0 { "End the first watch here".into() } else { format!("End rewatch {i} here") },
    delete_run: |i| format!("Delete rewatch {i}"),
    diary_heading: "Your diary",
    diary_empty: "Episodes you mark as watched appear here, newest first.",
    settings_heading: "Settings",
    notes_open_setting: "Show content notes open",
    notes_open_hint: "Off: each episode's notes stay folded until you open them.",
    csv_heading: "A spreadsheet",
    csv_help: "A CSV file with a row per episode and run: the day, the run, your rating and note. A spreadsheet or another tracker can read it.",
    export_csv: "Save as CSV",
    netflix_heading: "Bring your Netflix history",
    netflix_help: "Netflix lets you download a profile's viewing history as a file (the profile's viewing activity page, or the personal information download). Choose it below or drop it on this box: it is read on this device, nothing is sent anywhere, other shows' rows are ignored, and nothing changes until you apply it.",
    netflix_choose: "Choose a Netflix history file",
    netflix_error: |e| match e {
        FileError::TooLarge { .. } => "The file is too large to be a viewing history.".into(),
        FileError::NotText => "The file is not text in UTF-8: open the file Netflix gave you, not a copy saved by another program.".into(),
        FileError::NotCsv => "The file is not a CSV table.".into(),
        FileError::UnknownColumns => "This table has no Title and Date columns, so it is not a Netflix viewing history.".into(),
        FileError::OwnExport => "This is this guide's own CSV export, not a Netflix file.".into(),
        FileError::NoRowsForShow { rows } => format!("The file has {}, none of them of It's Okay to Not Be Okay.", count_en(*rows, "row", "rows")),
    },
    netflix_too_large: "The file is too large to be a viewing history. Nothing was read.",
    netflix_unreadable: "The file could not be read.",
    netflix_found: |e, rows, other| {
        let found = format!("Found {} in {}", count_en(e, "episode", "episodes"), count_en(rows, "row", "rows"));
        match other {
            0 => format!("{found}."),
            1 => format!("{found}; 1 row of other shows was ignored and not kept."),
            n => format!("{found}; {n} rows of other shows were ignored and not kept."),
        }
    },
    netflix_profile: "Profile",
    netflix_marks: "These episodes will be marked as watched in your first watch:",
    netflix_ambiguous: "These dates can be read two ways. Pick the right day, or leave the day unknown:",
    netflix_pick: |n| format!("Episode {n}: which day?"),
    netflix_unplaced: "Rows that were not understood:",
    row_reason: |r| match r {
        RowReason::Trailer => "a trailer or preview, not a viewing",
        RowReason::NoEpisode => "no episode named",
        RowReason::UnknownEpisodeTitle => "an episode title the guide does not know",
        RowReason::UnknownEpisodeNumber => "an episode number the show does not have",
        RowReason::TitleNumberMismatch => "the title and the number name different episodes",
        RowReason::BadDate => "a date that cannot be read",
        RowReason::BeforeBroadcast => "a date before the episode was broadcast",
        RowReason::InFuture => "a date that has not come yet",
    },
    netflix_line: |l| format!("line {l}"),
    netflix_refused: |n| if n == 1 { "1 viewing was left out: its day is before the broadcast or after today.".into() } else { format!("{n} viewings were left out: their days are before the broadcast or after today.") },
    netflix_short: |n| if n == 1 { "1 viewing of a few seconds was left out.".into() } else { format!("{n} viewings of a few seconds were left out.") },
    apply: "Apply",
    imported: "Your Netflix history was added.",
    conflicts_heading: "Where the two disagree",
    conflicts_help: "Everything else is kept from both. For each of these, choose which to keep:",
    conflict_rating: |n| format!("Episode {n}: your rating"),
    conflict_note: |n| format!("Episode {n}: your note"),
    conflict_date: |run, n| if run == 0 { format!("Episode {n}: the day of your first watch") } else { format!("Episode {n}: the day in rewatch {run}") },
    keep_mine: |v| format!("This device's: {v}"),
    take_theirs: |v| format!("The other: {v}"),
    not_found_heading: "Page not found",
    not_found_text: "This page isn't part of the guide. It may have moved, or the address has a typo.",
    go_home: "Go to the start of the guide",
};
