//! How to reach the landlord and the Housing Ombudsman: shown in every page's footer, on every
//! extension notice and final response. One place, so a changed number changes everywhere.

/// A way to reach an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    pub name: &'static str,
    /// As written for people, e.g. "01282 686300".
    pub phone: &'static str,
    /// The same number for a `tel:` link, e.g. "+441282686300".
    pub phone_link: &'static str,
    pub email: &'static str,
    /// Postal address, one line per element.
    pub address: &'static [&'static str],
    /// When the phone line is staffed, in words; empty if not stated.
    pub opening_hours: &'static str,
}

/// Calico Homes' contact centre [complaints-web-page.txt].
pub const LANDLORD: Contact = Contact {
    name: "Calico Homes",
    phone: "01282 686300",
    phone_link: "+441282686300",
    email: "contact@calicohomes.org.uk",
    address: &[
        "Customer Services Team",
        "Calico Homes",
        "Centenary Court",
        "Croft Street",
        "Burnley",
        "BB11 2ED",
    ],
    opening_hours: "9am to 5pm, Monday to Friday",
};

/// The Housing Ombudsman Service [complaints-web-page.txt; policy 2024 §5].
pub const HOUSING_OMBUDSMAN: Contact = Contact {
    name: "Housing Ombudsman Service",
    phone: "0300 111 3000",
    phone_link: "+443001113000",
    email: "info@housing-ombudsman.org.uk",
    address: &[
        "Housing Ombudsman Service",
        "PO Box 152",
        "Liverpool",
        "L33 7WQ",
    ],
    opening_hours: "",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_dial_the_written_numbers() {
        for contact in [LANDLORD, HOUSING_OMBUDSMAN] {
            let digits: String = contact.phone.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(
                format!("+44{}", &digits[1..]),
                contact.phone_link,
                "{}",
                contact.name
            );
        }
    }
}
