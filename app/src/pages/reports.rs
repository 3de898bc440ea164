//! The complaints performance report, for a reporting year: printable, to publish; every
//! chart is drawn here as SVG and followed by a table that says the same.

use domain::measures::{Measures, Table};
use domain::selfassessment::Row;
use leptos::prelude::*;
use leptos_meta::Title;

use super::{notice, param, query, signed_in};
use crate::api::reports::{
    provision_form, staff_report, staff_self_assessment, AssessmentForm, ReportView,
    SaveAssessment, SelfAssessmentView,
};
use crate::components::form::{DateInput, Form, FormPage, Radios, TextArea};
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
    let s = view.self_assessment;
    let label = m.year.label();
    let title = format!("Complaints performance {label}");
    let view_year = m.year;
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
        {year_form("/staff/reports", &view.years, view_year)}
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
        <h2 class="heading-l">"Self-assessment against the Complaint Handling Code"</h2>
        <p>{format!("Of the Code's {} provisions: met: {}; not met: {}; not yet assessed: {}.", s.met + s.not_met + s.not_assessed, s.met, s.not_met, s.not_assessed)}</p>
        <p><a href=format!("/staff/self-assessment?year={}", m.year.starts)>{format!("The self-assessment {label}, provision by provision")}</a></p>
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

/// `/staff/self-assessment?year=2026`: the year's self-assessment against the Complaint
/// Handling Code, section by section, printable to publish.
#[component]
pub fn SelfAssessmentPage() -> impl IntoView {
    let year = query("year").unwrap_or_default();
    let saved = query("saved");
    signed_in(
        staff_self_assessment(year),
        move |view: SelfAssessmentView| self_assessment(view, saved).into_any(),
    )
}

fn self_assessment(view: SelfAssessmentView, saved: Option<String>) -> impl IntoView {
    use domain::selfassessment::SECTIONS;
    let label = view.year.label();
    let title = format!("Self-assessment against the Complaint Handling Code {label}");
    let view_year = view.year;
    let s = view.summary;
    let csv = format!("/staff/self-assessment.csv?year={}", view.year.starts);
    let saved = saved
        .filter(|number| view.rows.iter().any(|r| &r.provision == number))
        .map(|number| notice(&format!("Saved your assessment of provision {number}.")));
    let sections = SECTIONS
        .iter()
        .map(|(number, name)| {
            let rows: Vec<&Row> = view
                .rows
                .iter()
                .filter(|r| r.provision.split('.').next() == Some(*number))
                .collect();
            section_table(number, name, &rows, view.administrator, view.year)
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <span class="caption no-print">"Complaints console"</span>
        <h1 class="heading-xl">{title}</h1>
        {saved}
        {view.problem.clone().map(|problem| view! {
            <div class="notification-banner" role="status"><p class="notification-heading">{problem}</p></div>
        })}
        <p class="lead">{format!("How Calico Homes meets each provision of the Housing Ombudsman's Complaint Handling Code in {label}: met: {}; not met: {}; not yet assessed: {}.", s.met, s.not_met, s.not_assessed)}</p>
        <p>"Four provisions are met or not by the complaints' own records: 6.2 and 6.11 (acknowledged within 5 working days), 6.3 and 6.14 (answered within the Code's timescales, its extensions included). Each is met only when every one in the year was in time. Every other provision is assessed by an administrator, with the evidence; where the records have figures for it, they are shown beside it. The Code's own words are the Ombudsman's: each provision here is summarised."</p>
        {year_form("/staff/self-assessment", &view.years, view_year)}
        <p class="no-print"><a href=csv download>{format!("Download the {label} self-assessment as a spreadsheet (CSV)")}</a></p>
        <PrintCopy what="page" />
        {sections}
        <p class="no-print">
            <a href=format!("/staff/reports?year={}", view.year.starts)>{format!("The complaints performance report {label}")}</a>
            " · "
            <a href="/staff">"Back to the work queue"</a>
        </p>
    }
}

/// The form that shows another reporting year on the page at `action`, `chosen` selected.
fn year_form(
    action: &'static str,
    years: &[domain::measures::ReportingYear],
    chosen: domain::measures::ReportingYear,
) -> impl IntoView + use<> {
    let options = years
        .iter()
        .map(|y| {
            let selected = *y == chosen;
            view! { <option value=y.starts.to_string() selected=selected>{y.label()}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action=action class="no-print">
            <div class="form-group">
                <label class="label" for="year">"Reporting year"</label>
                <div class="hint" id="year-hint">"1 April to 31 March"</div>
                <select class="input" id="year" name="year" aria-describedby="year-hint">{options}</select>
            </div>
            <button type="submit" class="button button-secondary">"Show"</button>
        </form>
    }
}

/// One section of the Code as a table: each provision, whether it is met, and why.
fn section_table(
    number: &str,
    name: &str,
    rows: &[&Row],
    administrator: bool,
    year: domain::measures::ReportingYear,
) -> impl IntoView + use<> {
    let caption = format!("Section {number}: {name}");
    let caption_id = format!("section-{number}");
    let labelled = caption_id.clone();
    let lines = rows
        .iter()
        .map(|r| {
            let id = format!("provision-{}", r.provision.replace('.', "-"));
            let status_class = match r.met {
                Some(true) => "tag tag-done",
                Some(false) => "tag tag-overdue",
                None => "tag tag-none",
            };
            let assess = administrator.then(|| {
                let href = format!("/staff/self-assessment/{}?year={}", r.provision, year.starts);
                view! {
                    <a href=href>"Assess"<span class="visually-hidden">{format!(" provision {}", r.provision)}</span></a>
                }
            });
            view! {
                <tr id=id>
                    <th scope="row">{r.provision.clone()}</th>
                    <td>{r.requirement.clone()}</td>
                    <td><strong class=status_class>{r.status.clone()}</strong></td>
                    <td>
                        {r.from_records.clone().map(|words| view! { <p>{format!("From the records: {words}")}</p> })}
                        {r.evidence.clone().map(|words| view! { <p class="preserve-lines">{words}</p> })}
                        {r.assessed.clone().map(|words| view! { <p class="hint">{format!("Assessed by {words}")}</p> })}
                    </td>
                    <td class="preserve-lines">{r.plan.clone().unwrap_or_default()}</td>
                    {administrator.then(|| view! { <td class="no-print">{assess}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled tabindex="0">
            <table class="table">
                <caption id=caption_id class="table-caption heading-m">{caption}</caption>
                <thead><tr>
                    <th scope="col">"Provision"</th>
                    <th scope="col">"What the Code asks"</th>
                    <th scope="col">"Met"</th>
                    <th scope="col">"Evidence"</th>
                    <th scope="col">"What will be done, and by when"</th>
                    {administrator.then(|| view! { <th scope="col" class="no-print"><span class="visually-hidden">"Action"</span></th> })}
                </tr></thead>
                <tbody>{lines}</tbody>
            </table>
        </div>
    }
}

/// `/staff/self-assessment/6.2?year=2026`: an administrator's assessment of one provision.
#[component]
pub fn AssessPage() -> impl IntoView {
    let provision = param("provision");
    let year = query("year").unwrap_or_default();
    let form = Form::of::<SaveAssessment>();
    signed_in(
        provision_form(provision, year),
        move |view: AssessmentForm| assess_form(view, form).into_any(),
    )
}

fn assess_form(view: AssessmentForm, form: Form) -> impl IntoView {
    let error = form.refusal;
    let label = view.year.label();
    let back = format!(
        "/staff/self-assessment?year={}#provision-{}",
        view.year.starts,
        view.provision.replace('.', "-")
    );
    let current = view.current.clone();
    let verdict = (!view.decided_by_records).then(|| {
        view! {
            <Radios name="verdict" legend="Does Calico Homes meet it?"
                options=vec![("met", "Yes, it is met"), ("not_met", "No, not yet")]
                initial=current.verdict.clone() error />
        }
    });
    let (evidence_label, evidence_hint) = if view.decided_by_records {
        (
            "Comment (optional)",
            "The records decide whether it is met. Say anything the Ombudsman should know about the figures, such as why one was late.",
        )
    } else {
        (
            "Evidence",
            "What shows it: the policy section, the page of this service, the record or the training, so that a reader can check it.",
        )
    };
    let intro_from_records = view.from_records.clone();
    let status = view.status.clone();
    let requirement = view.requirement.clone();
    let history = view.history.clone();
    view! {
        <FormPage form title=format!("Assess provision {}", view.provision) caption=format!("Self-assessment {label}") submit="Save assessment"
            hidden=vec![("provision", view.provision.clone()), ("year", view.year.starts.to_string())]
            intro=move || view! {
                <div class="inset"><p>{requirement}</p></div>
                <p>{format!("As it stands for {label}: {status}.")}</p>
                {intro_from_records.map(|words| view! { <p>{format!("From the records: {words}")}</p> })}
            }
            after=move || view! {
                {(!history.is_empty()).then(|| view! {
                    <h2 class="heading-m">"Earlier assessments this year"</h2>
                    <ol class="plain-list">
                        {history.iter().map(|(at, by, what)| view! {
                            <li><p class="hint">{format!("{at}, {by}")}</p><p class="preserve-lines">{what.clone()}</p></li>
                        }).collect_view()}
                    </ol>
                })}
                <p><a href=back>"Back to the self-assessment"</a></p>
            }>
            {verdict}
            <TextArea name="evidence" label=evidence_label hint=evidence_hint initial=current.evidence.clone() error />
            <TextArea name="plan" label="What will be done to meet it" hint="Needed when it is not met: the Code asks for what will change. Leave it empty when it is met." rows=3 initial=current.plan.clone() error />
            <DateInput names=["comply_day", "comply_month", "comply_year"] legend="The day it will be met by"
                hint="Needed when it is not met: after today. For example, 31 3 2027."
                initial=[current.comply_day.clone(), current.comply_month.clone(), current.comply_year.clone()] error />
        </FormPage>
    }
}
