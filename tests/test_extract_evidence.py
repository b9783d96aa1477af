"""Pruning decided by what the page itself shows, not by lists: an article's own header, references
to other sites, named anchors, labelled links to other posts, and a page-name banner over the headline
(pipelines.extract.article)."""

from __future__ import annotations

from pipelines.extract import extract
from tests.sites.families import build_site

URL = "https://www.example.go.th/news/view/12"
BODY = (
    "<p>เทศบาลตำบลตัวอย่างจัดโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน ณ หอประชุมเทศบาล "
    "มีผู้เข้าร่วมกว่าหนึ่งร้อยคน ตลอดสองวันของการอบรม</p>"
    "<p>ผู้เข้าอบรมได้ฝึกการใช้ถังดับเพลิงและการปฐมพยาบาลเบื้องต้น พร้อมรับวุฒิบัตรเมื่อจบหลักสูตร</p>"
)


def html(main: str, banner: str = "") -> bytes:
    return (
        "<html><head><title>อบรม อปพร. 2567 - เทศบาลตำบลตัวอย่าง</title></head><body>"
        f"<header class='site'><a href='/'>เทศบาลตำบลตัวอย่าง</a><p>ยินดีต้อนรับสู่เว็บไซต์เทศบาล</p></header>"
        f"{banner}<main>{main}</main></body></html>"
    ).encode()


def test_an_articles_own_header_keeps_its_standfirst_and_drops_its_labels():
    standfirst = "เทศบาลเตรียมความพร้อมรับมือสาธารณภัยช่วงฤดูฝน ด้วยการอบรมอาสาสมัครรุ่นใหม่ทั้งตำบล"
    article = extract(
        html(
            f"<article><header><p class='kicker'>ข่าวกิจกรรม</p><h1>อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน</h1>"
            f"<p class='standfirst'>{standfirst}</p></header>{BODY}</article>"
        ),
        URL,
    )
    assert standfirst in article.text
    assert "ข่าวกิจกรรม" not in article.text  # a label of the article's header
    assert "ยินดีต้อนรับ" not in article.text  # the page's header is its banner


def test_a_link_only_block_leading_off_the_site_is_a_reference_and_one_within_it_is_navigation():
    from lxml import html as lxml_html

    from pipelines.extract.article import drop_link_blocks

    reference = "ดูรายละเอียดหลักสูตรได้ที่กรมป้องกันและบรรเทาสาธารณภัย"
    tree = lxml_html.fromstring(
        f"<div>{BODY}<p><a href='https://www.disaster.go.th/th/course/5'>{reference}</a></p>"
        "<p><a href='/news/category/3'>ข่าวประชาสัมพันธ์ทั้งหมดของเทศบาล</a></p>"
        "<p><a href='https://www.facebook.com/sharer.php?u=x'>แชร์</a></p>"
        "<p><a name='more'>ข้อมูลเพิ่มเติมสำหรับผู้สนใจสมัครรุ่นถัดไป</a></p></div>"
    )
    drop_link_blocks(tree, URL)
    text = tree.text_content()
    assert reference in text
    assert "ข่าวประชาสัมพันธ์ทั้งหมด" not in text  # the site's own navigation
    assert "แชร์" not in text  # a share button is shorter than a reference
    assert "ข้อมูลเพิ่มเติมสำหรับผู้สนใจ" in text  # <a name> is no link: the paragraph is text


def test_a_page_name_banner_over_the_headline_gives_the_headline():
    """Google Sites shows the page's short name (also in <title>) as a heading over every page, and
    the post's headline, at the same level, right under it."""
    headline = "โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน ประจำปีงบประมาณ 2567"
    article = extract(html(f"<div><h1>{headline}</h1>{BODY}</div>", banner="<div><h1>อบรม อปพร. 2567</h1></div>"), URL)
    assert article.title == headline
    assert not article.text.startswith("อบรม อปพร.")
    # With no second heading under it, the page's name is the title.
    alone = extract(html(f"<div>{BODY}</div>", banner="<div><h1>อบรม อปพร. 2567</h1></div>"), URL)
    assert alone.title == "อบรม อปพร. 2567"


def test_a_vendor_templates_section_label_and_one_cell_title_row_give_the_headline():
    """A Thai vendor CMS (menuid_vendor, written unseen in session 25) puts the section's name in an
    ``h3`` panel title over the item's ``h4`` headline, in a table cell, under a ``<title>`` that is the
    site's name on every page: the label is the breadcrumb's link to the section, so the headline is the
    next heading (7 notices were titled "ประกาศจัดซื้อจัดจ้าง"); a headline that is a table row of one cell
    is its text, not "| headline |" as the text writes the row (16 posts)."""
    site = build_site("menuid_vendor", "http://127.0.0.1")
    for article in site.articles:
        if "menuid=5" in article.url or "menuid=4" in article.url:
            response = site.route(article.url.removeprefix("http://127.0.0.1"))
            extracted = extract(response.body, article.url, {"content-type": response.header("content-type") or ""})
            assert extracted.title == article.title, article.url


def test_a_line_under_one_picture_is_text_unless_marked_repeated_or_its_alt():
    """A photo blog writes its prose between pictures; a municipal post captions its photos. An
    unmarked line said once under a picture stays in the text; a caption the page marks, one that
    repeats the picture's alt text, or one under several pictures is a caption."""
    prose = "ลมหนาวมาเยือนยอดดอยอีกครั้ง ใบเมเปิลเริ่มเปลี่ยนเป็นสีแดงทั่วทั้งหุบเขาในเช้าวันนี้"
    article = extract(
        html(
            "<article><h1>อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน</h1>"
            f"<div><img src='/a.jpg' width='640'></div><div>{prose}</div>{BODY}"
            "<figure><img src='/b.jpg' width='640'><figcaption>ภาพบรรยากาศการอบรมวันแรก</figcaption></figure>"
            "<div><img src='/c.jpg' width='640' alt='ผู้เข้าอบรมฝึกดับไฟ'><p>ผู้เข้าอบรมฝึกดับไฟ</p></div>"
            "<p><img src='/d.jpg' width='640'><br>ภาพกิจกรรมอบรม อปพร.</p>"
            "<p><img src='/e.jpg' width='640'><br>ภาพกิจกรรมอบรม อปพร.</p></article>"
        ),
        URL,
    )
    assert prose in article.text
    for caption in ("ภาพบรรยากาศการอบรมวันแรก", "ผู้เข้าอบรมฝึกดับไฟ", "ภาพกิจกรรมอบรม อปพร."):
        assert caption not in article.text
    assert prose in {image.caption for image in article.images}  # still the picture's caption in `images`


def test_a_lightbox_galleys_captions_named_by_the_link_that_opens_each_photo_are_no_text():
    """A vendor CMS's gallery table: each photo a thumbnail inside ``<a rel=lightbox title=…>`` with the same words
    under it. The link's title is what the lightbox shows as the caption (op_vendor_cms's photo posts kept every
    caption as text, F1 0.85-0.90); a line said once under a picture whose link names nothing stays text."""
    prose = "ลมหนาวมาเยือนยอดดอยอีกครั้ง ใบเมเปิลเริ่มเปลี่ยนเป็นสีแดงทั่วทั้งหุบเขาในเช้าวันนี้"
    captions = ("นายก อบต. เป็นประธานเปิดกิจกรรมจิตอาสา", "จิตอาสาร่วมกันเก็บขยะริมถนน")
    cells = "".join(
        f"<td><a href='/p{n}.jpg' rel='lightbox[7]' title='{c}'><img src='/t{n}.jpg' width='200'></a>"
        f"<br><font size='1'>{c}</font></td>"
        for n, c in enumerate(captions)
    )
    article = extract(
        html(
            "<article><h1>อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน</h1>"
            f"{BODY}<table><tr>{cells}</tr></table>"
            f"<p><a href='/x.jpg'><img src='/x.jpg' width='640'></a><br>{prose}</p></article>"
        ),
        URL,
    )
    for caption in captions:
        assert caption not in article.text
        assert caption in {image.caption for image in article.images}
    assert prose in article.text


def test_links_to_other_posts_under_a_short_label_are_navigation():
    """ "บทความอื่นๆ ในหมวดนี้: « previous post | next post »" (K2), "Tags: a, b": two or more links
    within the site under a label are navigation, whatever their classes; an article's sentence
    with a link in it is text."""
    nav = (
        "<div><span>บทความอื่นๆ ในหมวดนี้:</span> <a href='/news/view/11'>&laquo; ประเพณีแห่เทียนเข้าพรรษา ประจำปี 2565</a>"
        " <a href='/news/view/13'>ปล่อยพันธุ์ปลาเนื่องในวันประมงแห่งชาติ &raquo;</a></div>"
    )
    sentence = "<p>ผู้สนใจดูรายละเอียดได้ที่ <a href='/news/view/5'>ประกาศรับสมัคร</a> ภายในวันที่ 30 กันยายน 2567 นี้</p>"
    text = extract(html(f"<article><h1>อบรม อปพร. 2567</h1>{BODY}{sentence}{nav}</article>"), URL).text
    assert "แห่เทียน" not in text and "ปล่อยพันธุ์ปลา" not in text
    assert "ประกาศรับสมัคร" in text


def test_a_link_that_cannot_be_parsed_is_no_home_link_and_no_error():
    """``http://[::1`` is no URL: the site-name scan skips it (it raised ValueError before the page
    reached trafilatura); a real home link still names the site."""
    article = extract(html(f"<a href='http://[::1'>เทศบาลตำบลตัวอย่าง</a><h1>อบรม อปพร. 2567</h1>{BODY}"), URL)
    assert article.title == "อบรม อปพร. 2567"
    assert "ผู้เข้าอบรมได้ฝึก" in article.text


def test_a_log_in_pre_keeps_its_dated_lines_while_a_byline_date_line_goes():
    # Lines that begin with a date are bylines in a post's header, but data in a <pre> (a server log,
    # a query's output): readability's toc-missing page lost 1,280 words of code to the date-line rule.
    log = "2020-08-01 18:00:00+00 │ 200 │ 4084\n2020-08-01 17:59:00+00 │ 404 │ 0"
    article = extract(html(f"<article><p class='date'>2020-08-01 18:30</p>{BODY}<pre>{log}</pre></article>"), URL)
    assert "2020-08-01 18:00:00+00 │ 200 │ 4084" in article.text
    assert "2020-08-01 17:59:00+00 │ 404 │ 0" in article.text
    assert "2020-08-01 18:30" not in article.text  # the byline's date line is still no text


def test_a_heading_linking_to_itself_is_kept_and_a_table_of_contents_is_not():
    toc = "<ul class='toc'><li><a href='#plan'>แผนการอบรม</a></li><li><a href='#result'>ผลการอบรม</a></li></ul>"
    article = extract(
        html(
            f"<article><h1>อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน</h1>{toc}{BODY}"
            "<h3 id='plan'><a class='anchor' href='#plan'>แผนการอบรม</a></h3>"
            "<p>ภาคเช้าเป็นการบรรยายเรื่องการป้องกันอัคคีภัย ภาคบ่ายเป็นการฝึกปฏิบัติการดับเพลิงในพื้นที่จริง</p>"
            "</article>"
        ),
        URL,
    )
    lines = article.text.splitlines()
    assert "แผนการอบรม" in lines  # the section heading, once
    assert lines.count("แผนการอบรม") == 1 and "ผลการอบรม" not in lines  # the contents list is gone


def test_a_linked_word_in_a_sentence_stays_and_a_linked_listing_line_goes():
    sentence = (
        "<p>ผู้สนใจสมัครเป็นอาสาสมัครรุ่นต่อไปได้ที่สำนักปลัดเทศบาล หรือสอบถามรายละเอียดทาง"
        "<span class='kw'><a href='/contact'>ช่องทางติดต่อ</a></span> ของเทศบาลในวันและเวลาราชการ</p>"
    )
    listing = "<p><span>3 พฤษภาคม 2567</span> - <span><a href='/event/3'>ประชุมคณะกรรมการพัฒนาเทศบาลประจำปี</a></span></p>"
    article = extract(html(f"<article>{BODY}{sentence}{listing}</article>"), URL)
    assert "ทางช่องทางติดต่อ ของเทศบาล" in " ".join(article.text.split())
    assert "ประชุมคณะกรรมการพัฒนาเทศบาลประจำปี" not in article.text


def test_text_is_in_composed_unicode_as_trafilatura_returns_it():
    # Bengali য় arrives precomposed (U+09DF) or as য + nukta; one form, so search finds both.
    bengali = "কুষ্টি\u09df" * 30 + " আজ শনিবার সকালে ঘটনা ঘটে।"
    article = extract(html(f"<article>{BODY}<p>{bengali}</p></article>"), URL)
    assert "\u09df" not in article.text and "\u09af\u09bc" in article.text
    assert "เทศบาลตำบลตัวอย่างจัดโครงการ" in article.text  # Thai unchanged


def test_a_tables_cells_stay_apart_and_its_dated_rows_are_text():
    # Thai writes no space between words: glued cells ("1บ้านโคกสะอาด18 มี.ค.") read as other words; and
    # a row whose cell holds a date is data, not the page's date line.
    table = (
        "<table border='1'><tr><td><b>หมู่ที่</b></td><td><b>บ้าน</b></td><td><b>วันที่</b></td></tr>"
        "<tr><td>1</td><td>บ้านโคกสะอาด</td><td>18 มี.ค. 2567</td></tr>"
        "<tr><td>3</td><td>บ้านดอนแดง</td><td>19 มี.ค. 2567</td></tr></table>"
    )
    for page in (
        html(f"<article><h1>ออกรับชำระภาษีนอกสถานที่</h1><p>วันที่ 12 มีนาคม 2567</p>{BODY}{table}</article>"),
        # An old table-layout page: the article is a cell of the layout, the data table inside it.
        (
            "<html><head><title>อบต.โคกสะอาด</title></head><body><table><tr><td width='150'>"
            + "".join(f"<a href='/m{i}.php'>เมนูหลักของเว็บไซต์ {i}</a><br>" for i in range(8))
            + f"</td><td><b>ออกรับชำระภาษีนอกสถานที่</b><br>ส่งเมื่อ 12 มีนาคม 2567 โดย webmaster<br>{BODY}{table}"
            "</td></tr></table></body></html>"
        ).encode(),
    ):
        text = extract(page, URL).text
        words = " ".join(text.replace("|", " ").split())  # cells on a line each, or rows of cells
        assert "1 บ้านโคกสะอาด 18 มี.ค. 2567 3 บ้านดอนแดง 19 มี.ค. 2567" in words, text


def test_a_layout_row_holding_the_headline_and_icon_font_names_are_not_text():
    # Word-exported pages: the sidebar and the headline are two cells of one layout row. An icon font
    # writes its icons' names as text (Material Icons' "person", "event", "visibility").
    sidebar = "นายกเทศมนตรีตำบลตัวอย่าง สายตรงนายกฯ 08-1234-5678 ข่าวล่าสุด สถิติผู้เยี่ยมชม ผู้เข้าชมทั้งหมด 48,215 คน"
    page = (
        "<html><head><title>อบรม อปพร. 2567</title></head><body><table><tr>"
        f"<td>{sidebar}</td><td><h1>อบรม อปพร. 2567</h1></td></tr></table>"
        f"<main>{BODY}<p><i class='material-icons'>person</i> ผู้โพส : admin "
        "<i class='material-icons'>event</i> วันที่โพส : 21 มิถุนายน 2565 เวลา 14:05 น. "
        "<i class='material-icons'>visibility</i> เปิดอ่าน : 553 ครั้ง</p></main></body></html>"
    ).encode()
    article = extract(page, URL)
    assert article.title == "อบรม อปพร. 2567"
    assert "สายตรงนายกฯ" not in article.text and "ผู้เข้าอบรมได้ฝึก" in article.text
    assert not any(word in article.text for word in ("person", "visibility", "ผู้โพส")), article.text


def test_the_titles_beside_previous_and_next_links_are_not_text():
    # A hosted platform's post footer: each neighbour's link says only "« โพสต์ก่อนหน้า", its title
    # stands beside it unlinked. A paragraph that merely mentions "ถัดไป" is text.
    nav = (
        "<div class='row'><div><a href='/post/1'>&laquo; โพสต์ก่อนหน้า</a><br><small>กิจกรรมจิตอาสาพัฒนา"
        " ทำความสะอาดหนองน้ำสาธารณะบ้านโนนสว่าง</small></div><div><a href='/post/3'>โพสต์ถัดไป &raquo;</a>"
        "<br><small>อบรมการทำน้ำหมักชีวภาพจากเศษผักผลไม้ ให้กลุ่มเกษตรกรบ้านหนองแวง</small></div></div>"
    )
    article = extract(html(f"<article><h1>อบรม อปพร. 2567</h1>{BODY}{nav}</article>"), URL)
    assert "ผู้เข้าอบรมได้ฝึก" in article.text
    assert "หนองน้ำสาธารณะ" not in article.text and "น้ำหมักชีวภาพ" not in article.text, article.text
    # A short post whose body shares its block with its neighbours' links keeps its body.
    short = "<p>เทศบาลขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน วันที่ 5 มิถุนายน 2567 ณ ศาลากลางบ้าน</p>"
    article = extract(
        html(f"<h1>ประชุมประชาคม</h1><div>{short}<a href='/n/1'>ข่าวก่อนหน้า</a> <a href='/n/3'>ข่าวถัดไป</a></div>"),
        URL,
    )
    assert "ร่วมประชุมประชาคมหมู่บ้าน" in article.text, article.text


def test_an_svg_icon_keeps_a_date_and_a_count_apart_and_tag_and_attachment_labels_are_not_text():
    # Tailwind sites write a post's meta as spans around SVG icons, with no space between them: the date
    # and the view count must not run together into one "date" nobody can read ("31 ม.ค. 25672,557").
    icon = "<svg viewBox='0 0 24 24'><path d='M6 3v2'></path></svg>"
    meta = (
        f"<div class='flex gap-4'><span>{icon}<span>31 ม.ค. 2567</span></span>"
        f"<span>{icon}<span>2,557</span></span></div>"
    )
    tags = "<div><span>แท็ก:</span><a href='/tag/x'>#จัดซื้อจัดจ้าง</a></div>"
    files = "<h3>ไฟล์แนบ</h3><ul><li><a href='/uploads/a.pdf'>ประกาศราคากลาง.pdf</a></li></ul>"
    article = extract(html(f"<article><h1>อบรม อปพร. 2567</h1>{meta}{BODY}{files}{tags}</article>"), URL)
    assert "ผู้เข้าอบรมได้ฝึก" in article.text
    assert "25672" not in article.text and "2,557" not in article.text, article.text
    assert "แท็ก" not in article.text and "ไฟล์แนบ" not in article.text, article.text
    assert article.published == "2024-01-31"


def test_wix_meta_lines_relative_dates_reading_time_likes_and_og_author_are_not_text():
    # A Wix Blog post: the author's name (also in article:author) over "3 วันที่ผ่านมา • อ่าน 1 นาที", and
    # a like counter beside its heart icon at the end. None of it is the post's words.
    head = "<meta property='article:author' content='กนกวรรณ ศรีบุญเรือง'>"
    meta = (
        "<div><span>กนกวรรณ ศรีบุญเรือง</span><ul><li><span>3 วันที่ผ่านมา</span></li>"
        "<li><span>อ่าน 1 นาที</span></li></ul></div>"
    )
    likes = "<div><button><svg viewBox='0 0 19 19'><path d='M1 1'></path></svg></button><span>3</span></div>"
    page = html(f"<article>{meta}<h1>อบรม อปพร. 2567</h1>{BODY}{likes}</article>").replace(
        b"</head>", head.encode() + b"</head>"
    )
    article = extract(page, URL)
    assert article.author == "กนกวรรณ ศรีบุญเรือง"
    assert "ผู้เข้าอบรมได้ฝึก" in article.text
    for meta_text in ("กนกวรรณ", "ผ่านมา", "อ่าน 1 นาที"):
        assert meta_text not in article.text, article.text
    assert not any(line.strip() == "3" for line in article.text.splitlines()), article.text


def test_a_tables_rows_read_the_same_whichever_way_extraction_walked_them():
    # trafilatura writes a table's rows as "| cell | cell |"; the page's own walk joins cells with a
    # space. The archive keeps one format: each row a line, its cells joined by a space.
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{n}</td></tr>"
        for a, b, n in (("ตำแหน่ง", "ประเภท", "จำนวน"), ("ผู้ช่วยนายช่างโยธา", "พนักงานจ้างตามภารกิจ", "1"))
    )
    article = extract(html(f"<article><h1>ประกาศรับสมัคร</h1>{BODY}<table>{rows}</table></article>"), URL)
    assert "|" not in article.text, article.text
    assert "ผู้ช่วยนายช่างโยธา พนักงานจ้างตามภารกิจ 1" in article.text, article.text


def test_an_items_lead_beside_its_full_text_stays_with_it():
    # Joomla K2 writes an item's lead in div.itemIntroText and the rest in div.itemFullText, siblings;
    # trafilatura takes the full-text container alone. The lead is the article's first paragraph.
    lead = "ตามที่พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 กำหนดให้องค์กรปกครองส่วนท้องถิ่นเป็นผู้จัดเก็บภาษี"
    body = (
        "<div class='itemBody'><div class='itemIntroText'><p>" + lead + "</p></div>"
        "<div class='itemFullText'><p>ขอให้ผู้ที่ได้รับแบบแจ้งการประเมินชำระภาษีภายในวันที่ 30 เมษายน 2565 ที่กองคลัง"
        " ในวันและเวลาราชการ หรือโอนเงินเข้าบัญชีเงินฝากของ อบต.</p><p>ผู้ที่ชำระภาษีเกินกำหนดต้องเสียเบี้ยปรับ"
        "และเงินเพิ่มตามที่กฎหมายกำหนด หากเห็นว่าการประเมินไม่ถูกต้อง ยื่นคำร้องคัดค้านได้ภายใน 30 วัน</p></div></div>"
    )
    article = extract(html(f"<div class='itemView'><h2 class='itemTitle'>ประชาสัมพันธ์การชำระภาษี</h2>{body}</div>"), URL)
    assert article.text.splitlines()[0] == lead, article.text
    assert "เบี้ยปรับ" in article.text


def test_a_lead_past_the_lead_picture_stays_with_the_body():
    # TYPO3's news detail writes the lead (div.teaser-text, a class trafilatura drops as a listing's
    # excerpt), then the lead picture, then the body (itemprop=articleBody). The lead is the article's
    # first paragraph; the picture's caption is not text.
    lead = "โครงการก่อสร้างถนน คสล. ยาว 420 เมตร งบประมาณ 2,380,000 บาท คาดแล้วเสร็จภายในเดือนกุมภาพันธ์ 2567"
    body = (
        f"<div class='teaser-text lead' itemprop='description'><p>{lead}</p></div>"
        "<div class='news-img-wrap'><figure><img src='/a.jpg' alt=''><figcaption>ภาพถนน</figcaption></figure></div>"
        "<div class='news-text-wrap' itemprop='articleBody'><p>นายกเทศมนตรีลงพื้นที่ติดตามความคืบหน้าโครงการก่อสร้าง"
        "ถนนคอนกรีตเสริมเหล็ก ซอยร่วมใจพัฒนา ชุมชนหนองบัว พร้อมผู้อำนวยการกองช่าง</p><p>ถนนสายดังกล่าวมีความกว้าง"
        " 5 เมตร พร้อมวางท่อระบายน้ำทั้งสองฝั่ง เพื่อแก้ไขปัญหาน้ำท่วมขังในช่วงฤดูฝน</p>"
        + "".join(f"<p>ขั้นตอนที่ {n} ผู้รับจ้างดำเนินการเทคอนกรีตช่วงที่ {n} ความยาว 60 เมตร ปิดการจราจรชั่วคราว" for n in range(5))
        + "</div>"
    )
    page = f"<div id='page-content'><div class='news-single'><h1>ถนนซอยร่วมใจพัฒนา</h1>{body}</div></div>"
    article = extract(html(page), URL)
    assert article.text.splitlines()[0] == lead, article.text
    assert "ภาพถนน" not in article.text and "ท่อระบายน้ำ" in article.text


def test_a_zero_width_space_is_no_text():
    # SharePoint writes an empty rich-text field as "&#8203;": a list form whose body is empty had been
    # archived as an article of one invisible character.
    page = (
        "<div class='ms-formbody'><h1>แถลงนโยบายการบริหารงบประมาณ</h1><div class='ms-rtestate-field'>&#8203;</div></div>"
    )
    assert extract(html(page), URL).text == ""
    body = "<p>ตามที่อบจ.\u200bได้จัดทำแผนพัฒนาท้องถิ่น&#8203; ประจำปีงบประมาณ 2567 แล้วนั้น</p>" * 3
    assert "\u200b" not in extract(html(f"<article><h1>แผนพัฒนาท้องถิ่น</h1>{body}</article>"), URL).text


def test_a_print_views_teaser_is_its_lead_and_a_related_posts_teaser_is_not():
    # A print view (no container the markup or trafilatura names): title, date, the lead in
    # div.teaser-text (a class trafilatura drops as a listing's excerpt), the body. The lead is the
    # article's; the excerpt of a related post, in an item headed by a link to it, is not.
    lead = "รับสมัครเด็กที่มีอายุ 2 - 3 ปี จำนวน 60 คน ตั้งแต่วันที่ 1 - 15 พฤษภาคม 2567 ณ ศูนย์พัฒนาเด็กเล็ก"
    other = "เทศบาลจัดกิจกรรมวันเด็กแห่งชาติ ณ ลานอเนกประสงค์ มีเด็กและผู้ปกครองร่วมงานกว่าสองพันคน"
    body = "".join(
        f"<p>กองการศึกษาเปิดรับสมัครเด็กเข้าศึกษาในศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2567 รอบที่ {n}"
        " โดยรับเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2564 ถึงวันที่ 16 พฤษภาคม 2565</p>"
        for n in range(4)
    )
    page = (
        "<body class='print-view'><div class='news-single'><div class='article'>"
        "<h1>ประกาศรับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก</h1><p class='news-list-date'>วันที่ 25 เมษายน 2567</p>"
        f"<div class='teaser-text'><p>{lead}</p></div><div class='news-text-wrap'>{body}</div></div>"
        "<div class='related'><div class='item'><h3><a href='/news/detail/children-day'>วันเด็ก</a></h3>"
        f"<div class='teaser-text'><p>{other}</p></div></div></div></div></body>"
    )
    text = extract(f"<html><head><title>พิมพ์</title></head>{page}</html>".encode(), URL).text
    assert lead in text, text
    assert other not in text, text


def test_a_date_lines_stamp_orders_a_threads_entries_by_day_and_time():
    from crawler.page_evidence import date_stamp

    question = date_stamp("10/04/2563", " 15:33 เปิดอ่าน 198 ครั้ง")
    reply = date_stamp("10/04/2563", " 17:10")
    assert 0 < question < reply  # the same day, a later time
    assert date_stamp("๓ เมษายน พ.ศ. ๒๕๖๗", "") < date_stamp("5 เม.ย. 67", " เวลา 09.00 น.")
    assert date_stamp("5 มีนาคม 2567", " เปิดอ่าน 99 ครั้ง") % 1440 == 0  # a counter is no time
    assert date_stamp("31/02/2567", "") == 0  # no such day: unread


def test_a_plain_list_between_two_kept_paragraphs_is_kept_and_a_list_of_links_is_not():
    """trafilatura drops a list of plain items inside an article whose container it does not recognise (Grav's
    microformats ``e-content``: grav_flatfile's documents to bring, 3 posts) and keeps the paragraphs around
    it. Put back between them; not a list of links (a menu, the latest posts)."""
    items = ("บัตรประจำตัวประชาชนหรือบัตรที่ทางราชการออกให้", "สำเนาทะเบียนบ้านฉบับเจ้าบ้าน", "สมุดบัญชีเงินฝากธนาคาร")
    body = (
        "<html><head><title>ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ | อบต.ทดสอบ</title></head><body><div class='h-entry'>"
        "<h1>ประชาสัมพันธ์การลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปี 2568</h1><div class='e-content'>"
        "<p>องค์การบริหารส่วนตำบลทดสอบขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ มาลงทะเบียนได้ที่สำนักปลัด"
        " ในวันและเวลาราชการ ตั้งแต่บัดนี้เป็นต้นไป</p><p>ผู้ลงทะเบียนต้องเตรียมเอกสาร ดังนี้</p>"
        f"<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
        "<p>กรณีผู้สูงอายุไม่สามารถเดินทางมาได้ด้วยตนเอง สามารถมอบอำนาจให้ผู้อื่นมาดำเนินการแทนได้"
        " โดยแนบหนังสือมอบอำนาจพร้อมสำเนาบัตรของผู้รับมอบอำนาจ</p>"
        "<ul><li><a href='/news/a'>ข่าวอื่นที่เกี่ยวข้องกับผู้สูงอายุ</a></li><li><a href='/news/b'>ข่าวกิจกรรม</a></li></ul>"
        "<p>สอบถามรายละเอียดเพิ่มเติมได้ที่สำนักปลัด โทร 0 4300 0000 ในวันและเวลาราชการ</p>"
        "</div></div></body></html>"
    ).encode()
    lines = extract(body, "http://t.example/news/elderly-2568").text.splitlines()
    assert [line for line in lines if line in items] == list(items), lines
    assert lines.index(items[0]) == lines.index("ผู้ลงทะเบียนต้องเตรียมเอกสาร ดังนี้") + 1
    assert not any("ข่าวกิจกรรม" in line for line in lines), lines


def test_a_short_item_in_a_named_cell_of_a_layout_table_is_read_without_the_menu_cell_beside_it():
    # A Thai vendor CMS's XHTML table layout: the left menu's cell and ``<td id="main">`` in one row. With a
    # two-paragraph item and a "ข่าวอื่นๆ" box of long titles under it, trafilatura read the table whole: the
    # menu's lines came first and the header's English site name above them became the title.
    menu = "".join(
        f"<li><a href='/webs/th/grouppage/1/content/C0000{n}/'>{label}</a></li>"
        for n, label in enumerate(("ประวัติความเป็นมา", "วิสัยทัศน์ / พันธกิจ", "โครงสร้างองค์กร", "ติดต่อเรา"), 1)
    )
    others = "".join(
        f"<li><a href='/webs/th/detail/announce/P0000{n}/'>ประกาศเทศบาลนครตัวอย่าง เรื่อง {topic}</a>"
        f" <span>[{n} ส.ค. 67]</span></li>"
        for n, topic in (
            (31, "รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2567 (รอบเพิ่มเติม)"),
            (37, "กำหนดระยะเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2567"),
            (42, "อัตราค่าธรรมเนียมการเก็บและขนขยะมูลฝอย ตั้งแต่วันที่ 1 มกราคม 2567"),
            (46, "รายชื่อผู้มีสิทธิ์ได้รับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ พ.ศ. 2568"),
        )
    )
    page = (
        "<html><head><title>เทศบาลนครตัวอย่าง :: ประกาศ</title></head><body><table id='wrapper'>"
        "<tr><td colspan='2' id='header'><div>เทศบาลนครตัวอย่าง</div><div>Example City Municipality</div>"
        "<div>วันอังคารที่ 20 สิงหาคม 2567</div></td></tr><tr>"
        f"<td width='220' id='left'><div>เกี่ยวกับเทศบาล</div><ul>{menu}</ul><div>สถิติผู้เข้าชม</div>"
        "<table><tr><td>วันนี้</td><td>312</td></tr><tr><td>ทั้งหมด</td><td>1,204,377</td></tr></table>"
        "<div>เริ่มนับ 1 ตุลาคม 2555</div></td>"
        "<td width='780' id='main'><table><tr><td>ประกาศเทศบาล</td></tr><tr><td>"
        "<h2>ประกาศปิดการจราจรชั่วคราว ถนนศรีธาร</h2>"
        "<div>วันที่ 25 มีนาคม 2567 เวลา 11:45 น. | อ่าน 413 ครั้ง | ผู้ประกาศ : กองช่าง</div>"
        f"<div>{BODY}</div><div><div>ข่าวอื่นๆ</div><ul>{others}</ul></div></td></tr></table></td>"
        "</tr></table></body></html>"
    ).encode()
    article = extract(page, URL)
    assert article.title == "ประกาศปิดการจราจรชั่วคราว ถนนศรีธาร"
    assert "ผู้เข้าอบรมได้ฝึก" in article.text
    assert not any(word in article.text for word in ("ประวัติความเป็นมา", "สถิติผู้เข้าชม", "1,204,377")), article.text
