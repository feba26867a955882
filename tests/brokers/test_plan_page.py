"""The plan page: only with the plan key; seven sections, costs, chart, advice; escaped words."""

from __future__ import annotations

import re

from planner import SECTION_KEYS
from tests.brokers.conftest import Gateway, Person, make_person, profile


def test_a_wrong_or_missing_key_answers_404_like_a_plan_that_does_not_exist(gw, person):
    unknown = gw.client.get("/plans/no-such-plan?key=whatever")
    assert unknown.status_code == 404
    for url in (
        f"{person.url}?key=wrong-key",
        person.url,
        f"{person.url}?key=",
        f"{person.url}?key={person.key}x",
        f"{person.url}?format=json&key=wrong",
        f"{person.url}.json?key=wrong",
    ):
        r = gw.client.get(url)
        assert r.status_code == 404, url
        assert person.plan_id not in r.text
    assert gw.client.get(person.url).text == unknown.text


def test_another_persons_key_does_not_open_this_plan(gw, person):
    other = make_person(gw)
    assert gw.client.get(f"{person.url}?key={other.key}").status_code == 404


def test_the_right_key_shows_the_seven_sections_costs_chart_and_advice(gw, person):
    r = gw.client.get(f"{person.url}?key={person.key}")
    assert r.status_code == 200
    html = r.text
    for key in SECTION_KEYS:
        assert f'<h2 id="sec-{key}">' in html
    assert len(re.findall(r'<h2 id="sec-(?:' + "|".join(SECTION_KEYS) + ')">', html)) == 7
    assert "<caption>What the money pays for</caption>" in html
    assert '<th scope="col">Support</th>' in html
    assert '<figcaption id="chart-title">Costs a year by kind of support' in html
    assert '<span class="kt-bar-label">Budget: £65,000.00 a year</span>' in html
    assert "Help from a broker" in html and "A broker is: recommended." in html
    assert "Version 1 of 1" in html
    # "Ready for the council?": the plan's own check, one line per common reason for refusal
    assert '<h2 id="sec-ready">Ready for the council?</h2>' in html
    assert html.count("Nothing to do.") == 9
    assert not re.search(r"\b[sn]\d+: ", re.sub(r"<[^>]+>", " ", html))  # no support codes


def test_the_key_moves_into_a_strict_http_only_cookie_for_this_plan_only(gw, person):
    r = gw.client.get(f"{person.url}?key={person.key}")
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"kt_plan={person.key};")
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert f"Path=/plans/{person.plan_id}" in cookie
    assert r.headers["referrer-policy"] == "no-referrer"
    # afterwards the clean address works in this browser, and only for this plan
    assert gw.client.get(person.url).status_code == 200
    assert gw.client.get(f"{person.url}?format=json").json() == person.record.data
    assert gw.other_client().get(person.url).status_code == 404


def test_the_json_download_and_versions_follow_the_same_rule(gw, person):
    r = gw.client.get(f"{person.url}?format=json&key={person.key}")
    assert r.status_code == 200
    assert r.json() == person.record.data
    assert "attachment" in r.headers["content-disposition"]
    assert gw.client.get(f"{person.url}.json?key={person.key}").json() == person.record.data
    assert gw.client.get(f"{person.url}?version=1&key={person.key}").status_code == 200
    assert gw.client.get(f"{person.url}?version=2&key={person.key}").status_code == 404
    assert gw.client.get(f"{person.url}?version=x&key={person.key}").status_code == 404


def test_html_and_script_in_the_persons_words_are_escaped(gw: Gateway):
    hostile = profile(
        preferred_name="<script>alert('name')</script>",
        typical_week='I like <b>bold</b> things <img src=x onerror="alert(1)">',
        important_to=["<iframe src=//evil.example>", "Football & friends"],
    )
    hostile["dreams"][0]["text"] = "</textarea><script>alert(2)</script>"
    who: Person = make_person(gw, hostile)
    html = gw.client.get(f"{who.url}?key={who.key}").text
    assert "<script" not in html
    assert "<img src=x" not in html and "<iframe" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "Football &amp; friends" in html


def test_the_page_has_no_inline_script_or_style_and_a_strict_policy(gw, person):
    r = gw.client.get(f"{person.url}?key={person.key}")
    html = r.text
    assert "<script" not in html
    assert "<style" not in html and " style=" not in html
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert '<link rel="stylesheet" href="/static/plan.css">' in html
    assert gw.client.get("/static/plan.css").status_code == 200
    assert '<html lang="en-GB">' in html and '<main id="main"' in html
    assert '<a class="kt-skip kt-noprint" href="#main">' in html


def test_print_styles_are_there_for_a_clean_a4_printout(gw):
    css = gw.client.get("/static/plan.css").text
    assert "@media print" in css and "size: A4" in css


def test_the_data_file_link_carries_the_key_and_works_in_another_browser(gw, person):
    html = gw.client.get(f"{person.url}?key={person.key}").text
    found = re.search(
        r'<a href="([^"]+)" download>Download your plan as a data file \(for computers\)', html
    )
    assert found, "the page offers the data file in plain words"
    link = found.group(1).replace("&amp;", "&")
    assert f"key={person.key}" in link
    elsewhere = gw.other_client()  # no cookie: a phone, another browser, a link sent on
    r = elsewhere.get(link)
    assert r.status_code == 200 and r.json() == person.record.data
    assert gw.other_client().get(person.url + "?format=json").status_code == 404


def test_no_internal_codes_lead_the_rows(gw, person):
    html = gw.client.get(f"{person.url}?key={person.key}").text
    codes = [s["id"] for s in person.record.data["supports"]]
    for code in codes:
        assert f">{code}: " not in html and f"Total for {code}" not in html
        assert f"<strong>{code}:" not in html


def test_the_page_and_the_printable_plan_draw_the_shared_parts_alike(gw, person):
    """Risks, actions, unmet needs and readiness come from one template (plan_parts.html)."""
    from planner import Plan, render_html

    page = gw.client.get(f"{person.url}?key={person.key}").text
    printable = render_html(Plan.model_validate(person.record.data))
    for part in ("sec-risks", "sec-actions", "sec-ready"):
        pattern = rf'<section class="kt-section" aria-labelledby="{part}".*?</section>'
        on_page = re.search(pattern, page, re.S)
        on_paper = re.search(pattern, printable, re.S)
        assert on_page and on_paper, part
        assert on_page.group(0) == on_paper.group(0), part


def test_the_page_and_the_printable_plan_lay_out_the_plan_alike(gw, person):
    """The supports, the needs table, the costs and chart, the emergency plan and the broker's
    advice come from one set of macros (planner/templates/plan_content.html), fed the same rows
    by planner.plan_view."""
    from planner import Plan, render_html

    page = gw.client.get(f"{person.url}?key={person.key}").text
    printable = render_html(Plan.model_validate(person.record.data))
    patterns = {
        "supports": r'<h3>Each support</h3>\s*<ul class="kt-supports">.*?</li>\n\s*</ul>',
        "costs": r'<table class="kt-table kt-stack">\s*<caption>What the money pays for.*?'
        r"How the sums work: .*?</p>",
        "broker": r'<section class="kt-section kt-broker".*?you decide\.</p>',
        # Care Act s25's needs table, and the emergency plan that readiness's "contingency"
        # rests on: shown on the page, not only on paper
        "needs table": r'<table class="kt-table kt-stack kt-needs">\s*'
        r"<caption>Needs, what they are for.*?</table>",
        "emergency plan": r'<section class="kt-section" aria-labelledby="sec-emergency".*?'
        r"</section>",
    }
    for part, pattern in patterns.items():
        on_page = re.search(pattern, page, re.S)
        on_paper = re.search(pattern, printable, re.S)
        assert on_page and on_paper, part
        assert on_page.group(0) == on_paper.group(0), part
