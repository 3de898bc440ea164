//! The self-assessment against the Complaint Handling Code (`domain::selfassessment`): each
//! administrator's assessment is kept, the newest for a year and provision counting.

use domain::measures::{Measures, ReportingYear};
use domain::selfassessment::{rows, Assessed, Assessment, Row, Verdict};

use crate::clock::stamp;
use crate::{Backend, BackendError};

type AssessmentRow = (
    i64,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
);

fn assessed(
    (year, provision, verdict, evidence, plan, comply_by, by, at): AssessmentRow,
) -> Assessed {
    let at = chrono::DateTime::parse_from_rfc3339(&at)
        .map(|at| domain::steps::long_time(&at))
        .unwrap_or(at);
    Assessed {
        year: ReportingYear {
            starts: i32::try_from(year).unwrap_or_default(),
        },
        assessment: Assessment {
            provision,
            verdict: verdict.as_deref().and_then(Verdict::from_code),
            evidence,
            plan,
            comply_by: comply_by.and_then(|d| d.parse().ok()),
        },
        by,
        at,
    }
}

/// The columns every query reads and the insert writes, in [`AssessmentRow`]'s order.
macro_rules! columns {
    () => {
        "year, provision, verdict, evidence, plan, comply_by, assessed_by, assessed_at"
    };
}

impl Backend {
    /// The newest assessment of each provision for each year up to `year`.
    pub async fn assessments(&self, year: ReportingYear) -> Result<Vec<Assessed>, BackendError> {
        let found: Vec<AssessmentRow> = sqlx::query_as(concat!(
            "SELECT ",
            columns!(),
            " FROM code_assessments
             WHERE id IN (SELECT MAX(id) FROM code_assessments WHERE year <= ?
                          GROUP BY year, provision)
             ORDER BY year, provision"
        ))
        .bind(year.starts)
        .fetch_all(&self.pool)
        .await?;
        Ok(found.into_iter().map(assessed).collect())
    }

    /// Every assessment of `provision` for `year`, newest first: its history.
    pub async fn assessment_history(
        &self,
        year: ReportingYear,
        provision: &str,
    ) -> Result<Vec<Assessed>, BackendError> {
        let found: Vec<AssessmentRow> = sqlx::query_as(concat!(
            "SELECT ",
            columns!(),
            " FROM code_assessments WHERE year = ? AND provision = ? ORDER BY id DESC"
        ))
        .bind(year.starts)
        .bind(provision)
        .fetch_all(&self.pool)
        .await?;
        Ok(found.into_iter().map(assessed).collect())
    }

    /// Keeps an administrator's assessment for `year` (the domain has checked it).
    pub async fn assess(
        &self,
        year: ReportingYear,
        assessment: &Assessment,
        by: &str,
    ) -> Result<(), BackendError> {
        sqlx::query(concat!(
            "INSERT INTO code_assessments (",
            columns!(),
            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        ))
        .bind(year.starts)
        .bind(&assessment.provision)
        .bind(assessment.verdict.map(Verdict::code))
        .bind(&assessment.evidence)
        .bind(&assessment.plan)
        .bind(assessment.comply_by.map(|d| d.to_string()))
        .bind(by)
        .bind(stamp(self.clock.now()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The year's self-assessment, from its figures and the assessments kept.
    pub async fn self_assessment(
        &self,
        year: ReportingYear,
        measures: &Measures,
    ) -> Result<Vec<Row>, BackendError> {
        Ok(rows(year, measures, &self.assessments(year).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;

    fn assessment(provision: &str, verdict: Option<Verdict>, evidence: &str) -> Assessment {
        Assessment {
            provision: provision.into(),
            verdict,
            evidence: evidence.into(),
            plan: None,
            comply_by: None,
        }
    }

    #[tokio::test]
    async fn the_newest_assessment_counts_and_every_earlier_one_is_kept() {
        let (_dir, backend) = fresh().await;
        let this = ReportingYear { starts: 2026 };
        let last = ReportingYear { starts: 2025 };
        backend
            .assess(
                last,
                &assessment("3.6", Some(Verdict::Met), "Policy §5"),
                "Ana",
            )
            .await
            .unwrap();
        backend
            .assess(
                this,
                &assessment("5.14", Some(Verdict::Met), "First"),
                "Ana",
            )
            .await
            .unwrap();
        let mut plan = assessment("5.14", Some(Verdict::NotMet), "Second");
        plan.plan = Some("Write the procedure".into());
        plan.comply_by = chrono::NaiveDate::from_ymd_opt(2027, 3, 31);
        backend.assess(this, &plan, "Ben").await.unwrap();
        let measures = backend.measures(this).await.unwrap();
        let rows = backend.self_assessment(this, &measures).await.unwrap();
        let row = |n: &str| rows.iter().find(|r| r.provision == n).unwrap().clone();
        let newest = row("5.14");
        assert_eq!(newest.met, Some(false));
        assert_eq!(newest.evidence.as_deref(), Some("Second"));
        assert_eq!(
            newest.plan.as_deref(),
            Some("Write the procedure By Wednesday 31 March 2027.")
        );
        assert!(newest.assessed.unwrap().starts_with("Ben, "));
        assert_eq!(row("3.6").met, None, "last year's is not this year's");
        assert_eq!(row("3.6").evidence.as_deref(), Some("Policy §5"));
        let history = backend.assessment_history(this, "5.14").await.unwrap();
        assert_eq!(
            history
                .iter()
                .map(|a| a.assessment.evidence.as_str())
                .collect::<Vec<_>>(),
            ["Second", "First"]
        );
        // Next year's assessment is not this year's.
        backend
            .assess(
                ReportingYear { starts: 2027 },
                &assessment("1.2", Some(Verdict::Met), "x"),
                "Ana",
            )
            .await
            .unwrap();
        let rows = backend.self_assessment(this, &measures).await.unwrap();
        assert_eq!(
            rows.iter().find(|r| r.provision == "1.2").unwrap().met,
            None
        );
    }
}
