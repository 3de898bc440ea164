//! The main navigation, which folds behind a "Menu" button on a narrow screen.

use leptos::prelude::*;

/// One link of the main navigation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NavLink {
    pub href: String,
    pub label: String,
    /// Whether it is the page being shown (`aria-current="page"`).
    pub current: bool,
}

/// The header's row (the logo, given as `children`, and the Menu button) and the navigation
/// under it. Without JavaScript the links are always shown and there is no button; with it,
/// the stylesheet folds them on a narrow screen from the first paint (the document's `js`
/// class), and the button opens and closes them.
#[island]
pub fn SiteNavigation(
    links: Vec<NavLink>,
    /// The button's words ("Menu"), and the navigation's name ("Main"), in the page's language.
    menu: String,
    name: String,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let awake = super::awake();
    let items = links
        .into_iter()
        .map(|link| {
            let current = link.current.then_some("page");
            view! { <li><a href=link.href aria-current=current>{link.label}</a></li> }
        })
        .collect_view();
    view! {
        <div class="width-container header-row">
            {children()}
            <button
                type="button"
                class="menu-toggle"
                aria-controls="site-navigation"
                aria-expanded=move || open.get().to_string()
                data-ready=move || if awake.get() { "true" } else { "false" }
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {menu}
            </button>
        </div>
        <nav
            id="site-navigation"
            aria-label=name
            class="width-container site-navigation"
            class=("folded", move || !open.get())
        >
            <ul class="navigation-list">{items}</ul>
        </nav>
    }
}
