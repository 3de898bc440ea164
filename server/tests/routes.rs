//! The journey's pages in `domain` and the routes in `app` cannot disagree.

use domain::filing::Step;

#[test]
fn every_page_of_the_complaint_journey_is_routed_where_its_step_says() {
    let paths = server::page_paths();
    for step in Step::ALL {
        assert!(
            paths.iter().any(|p| p == step.path()),
            "{step:?} says {} but no route has it",
            step.path()
        );
    }
    for path in paths.iter().filter(|p| p.starts_with("/complaint/new")) {
        assert!(
            Step::ALL.iter().any(|s| s.path() == path),
            "the route {path} is a page of the journey that no Step names"
        );
    }
}
