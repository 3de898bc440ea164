//! The complaints performance report, for a reporting year: printable, to publish; every
//! chart is drawn here as SVG and followed by a table that says the same.

use domain::measures::{Measures, Table};
use leptos::prelude::*;
use leptos_meta::Title;

use super::{query, signed_in};
use crate::api::reports::{staff_report, ReportView};
use crate::components::layout::PrintCopy;

/// `/staff/reports?year=2026`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let year = query("year").unwrap_or_default();
    signed_in(staff_report(year), |view: ReportView| {
        report(view).into_any()
    })
}

fn report(view: ReportView) -> impl IntoView {
    let m = view.measures.clone();
    let label = m.year.label();
    let title = format!("Complaints performance {label}");
    let options = view
        .years
        .iter()
        .map(|y| {
            let selected = *y == m.year;
            view! { <option value=y.starts.to_string() selected=selected>{y.label()}</option> }
        })
        .collect_view();
    let tables = m.tables(&view.category_names);
    let csv = format!("/staff/reports.csv?year={}", m.year.starts);
    let first = m.year.first_day().format("%-d %B %Y").to_string();
    let last = m.year.last_day().format("%-d %B %Y").to_string();
    let month_chart = months_chart(&m);
    let quarter_chart = quarters_chart(&m);
    let rest = tables
        .iter()
        .enumerate()
        .filter(|(i, _)| *i >= 3)
        .map(|(i, t)| table(t, i))
        .collect_view();
    view! {
        <Title text=title.clone() />
        <span class="caption no-print">"Complaints console"</span>
        <h1 class="heading-xl">{title}</h1>
        {view.problem.clone().map(|problem| view! {
            <div class="notification-banner" role="status"><p class="notification-heading">{problem}</p></div>
        })}
        <p class="lead">{format!("From {first} to {last}, from the complaints' own records: the same events that set every deadline.")}</p>
        <form method="get" action="/staff/reports" class="no-print">
            <div class="form-group">
                <label class="label" for="year">"Reporting year"</label>
                <div class="hint" id="year-hint">"1 April to 31 March"</div>
                <select class="input" id="year" name="year" aria-describedby="year-hint">{options}</select>
            </div>
            <button type="submit" class="button button-secondary">"Show"</button>
        </form>
        <p class="no-print"><a href=csv download>{format!("Download the {label} figures as a spreadsheet (CSV)")}</a></p>
        <PrintCopy what="page" />
        <h2 class="heading-l">"The regulator's measures"</h2>
        <p>"CH01 counts complaints received per 1,000 homes in the register. CH02 is the share of responses issued within the Complaint Handling Code's timescales, extensions the Code allows included. A complaint not accepted is not counted as received; one withdrawn or resolved at the first contact is."</p>
        {table(&tables[0], 0)}
        <h2 class="heading-l">"For the Board"</h2>
        {table(&tables[1], 1)}
        {quarter_chart}
        <h2 class="heading-l">"Volumes"</h2>
        {month_chart}
        {table(&tables[2], 2)}
        {rest}
        <p class="no-print"><a href="/staff">"Back to the work queue"</a></p>
    }
}

/// A table of the report, with its caption.
fn table(t: &Table, index: usize) -> AnyView {
    if t.rows.is_empty() {
        return view! {
            <h3 class="heading-s">{t.title.clone()}</h3>
            <p>"None in this year."</p>
        }
        .into_any();
    }
    let caption = format!("report-table-{index}");
    let labelled = caption.clone();
    let header = t
        .header
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect_view();
    let rows = t
        .rows
        .iter()
        .map(|row| {
            let (first, rest) = row
                .split_first()
                .map_or((String::new(), &[][..]), |(f, r)| (f.clone(), r));
            let cells = rest
                .iter()
                .map(|c| view! { <td>{c.clone()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{first}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled tabindex="0">
            <table class="table">
                <caption id=caption class="table-caption">{t.title.clone()}</caption>
                <thead><tr>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// One bar of a chart: its group's label, its value, and the value's words.
struct Bar {
    value: f64,
    words: String,
    series: usize,
}

/// A bar chart: groups of bars along the bottom, the scale from 0 to `top`. The chart is a
/// picture with a name; the table beside it says the same for screen readers.
fn bar_chart(
    name: &str,
    summary: &str,
    groups: Vec<(String, Vec<Bar>)>,
    top: f64,
) -> impl IntoView {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 240.0;
    const BOTTOM: f64 = 200.0;
    const LEFT: f64 = 8.0;
    let per_group = (WIDTH - LEFT) / groups.len().max(1) as f64;
    let top = if top > 0.0 { top } else { 1.0 };
    let mut shapes = Vec::new();
    for (g, (label, bars)) in groups.iter().enumerate() {
        let x0 = LEFT + g as f64 * per_group;
        let bar_width = (per_group - 8.0) / bars.len().max(1) as f64;
        for (b, bar) in bars.iter().enumerate() {
            let height = (bar.value / top * (BOTTOM - 24.0)).max(0.0);
            let x = x0 + 4.0 + b as f64 * bar_width;
            let class = format!("chart-bar chart-series-{}", bar.series);
            shapes.push(view! {
                <rect class=class x=format!("{x:.1}") y=format!("{:.1}", BOTTOM - height)
                    width=format!("{:.1}", (bar_width - 2.0).max(1.0)) height=format!("{height:.1}") />
                <text class="chart-value" x=format!("{:.1}", x + bar_width / 2.0) y=format!("{:.1}", BOTTOM - height - 4.0)
                    text-anchor="middle">{bar.words.clone()}</text>
            }.into_any());
        }
        shapes.push(view! {
            <text class="chart-label" x=format!("{:.1}", x0 + per_group / 2.0) y=format!("{:.1}", BOTTOM + 18.0)
                text-anchor="middle">{label.clone()}</text>
        }.into_any());
    }
    let id = format!(
        "chart-{}",
        name.to_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    let summary_id = format!("{id}-summary");
    let described = summary_id.clone();
    let labelled = id.clone();
    view! {
        <figure class="chart">
            <figcaption id=id class="heading-s">{name.to_owned()}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=labelled aria-describedby=described
                xmlns="http://www.w3.org/2000/svg" class="chart-svg">
                <line class="chart-axis" x1=LEFT.to_string() y1=BOTTOM.to_string() x2=WIDTH.to_string() y2=BOTTOM.to_string() />
                {shapes}
            </svg>
            <p id=summary_id class="hint">{summary.to_owned()}</p>
        </figure>
    }
}

fn months_chart(m: &Measures) -> impl IntoView {
    let names = m.year.month_names();
    let top = m.stage1_by_month.iter().copied().max().unwrap_or(0);
    let groups = names
        .iter()
        .zip(m.stage1_by_month)
        .map(|(name, n)| {
            (
                name.chars().take(3).collect::<String>(),
                vec![Bar {
                    value: f64::from(n),
                    words: n.to_string(),
                    series: 1,
                }],
            )
        })
        .collect();
    bar_chart(
        "Stage 1 complaints received each month",
        "Each bar is a month, April first. The table below gives the same figures.",
        groups,
        f64::from(top),
    )
}

fn quarters_chart(m: &Measures) -> impl IntoView {
    let groups = m
        .quarters
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let bar = |figures: domain::measures::StageFigures, series| Bar {
                value: figures.share_in_time().unwrap_or(0.0),
                words: figures
                    .share_in_time()
                    .map_or_else(|| "none".into(), |s| format!("{s:.0}%")),
                series,
            };
            (
                format!("Q{}", i + 1),
                vec![bar(q.stage1, 1), bar(q.stage2, 2)],
            )
        })
        .collect();
    bar_chart(
        "Share answered within the Code's timescales, each quarter",
        "For each quarter, the first bar is Stage 1 and the second (shaded differently) Stage 2, from 0% to 100%; \u{2018}none\u{2019} means nothing was answered at that stage. The table above gives the same figures.",
        groups,
        100.0,
    )
}
