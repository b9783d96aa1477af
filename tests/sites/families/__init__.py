"""Registry of fixture families.

To add a family: write ``families/<name>.py`` with ``build(base_url: str) -> FixtureSite`` (register
every URL with ``site.add``, append ground truth to ``site.articles`` oldest first, list the pages
that are not articles in ``site.non_articles`` and any trap in ``site.trap_patterns``), then add its
name to ``FAMILIES`` below. Modules are imported when first built, so one broken family does not
stop the others from being served.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ..model import FixtureSite

# The realistic template families, one CMS each (see tests/sites/README.md); each is built by the
# module of the same name in this package.
FAMILIES: tuple[str, ...] = (
    "wp_modern",
    "wp_classic",
    "table_cms",
    "static_html",  # static pages exported from Word, yearly index pages, sitemap.xml, no prev/next
    "mvc_vendor",  # /Main/PrPreview/id/N, reachable only through Bootstrap-paginated /Main/PrList/page/N
    "joomla_jevents",  # Joomla articles + a JEvents month calendar (endless prev/next months: a trap)
    "news_portal",  # a provincial news theme: home and /page/N listings carry whole stories
    "blogger",  # Blogspot: /YYYY/MM/slug.html, Atom feed, "Older posts" with updated-max, label pages
    "drupal_views",  # Drupal node/N with path aliases, views ?page=N, sort/filter variants (a trap)
    "php_board",  # vendor PHP board.php?id=N / ita.php transparency, soft-404 "ไม่พบข้อมูล" for any id
    "aspnet_legacy",  # ASP.NET NewsDetail.aspx?ID=N, session ids in URLs, printer views
    # Written after the crawler was tuned on the families above, and not tuned on (its first result is
    # in the README): a Laravel portal, /news/detail/<id>/<slug>, /content/<uuid>, a growing /search trap.
    "gov_portal",
    # Written in session 5 by someone who did not see the crawler's classifier (nor tune on it):
    "thai_vendor_cms",  # vendor PHP index.php?url=news&code=view&id=N, Thai-digit dates, load-more + calendar traps
    # Written in session 5 by someone who did not see the crawler's classifier (nor tune on it):
    "pao_portal",  # อบจ. portal on Next.js: /th/news/<พ.ศ.>/<id>, divisions, /en mirror, calendar + relative-link traps
    # Written in session 5 by someone who did not see the crawler (nor tune on it):
    "egov_cloud",  # a multi-tenant e-gov cloud: /site/<tenant>/post/<type>/<hex id>, cursor listings, _vs + facet traps
    # Written in session 6 by someone who did not see the crawler (nor tune on it):
    "index_detail_cms",  # vendor CMS /index/?page=<module><code>&detail=<token>, "article" static pages, 2 traps
    # Written in session 6 by someone who did not see the crawler (nor tune on it):
    "google_sites",  # Google Sites on a .go.th name: vowel-less Thai page paths, hidden news pages, authuser trap
    # Written in session 8 by someone who did not see the crawler (nor tune on it):
    "joomla_k2",  # Joomla 3 + K2: /index.php/<date-time menu alias>/item/<id>-<alias>, K2 calendar + login-return traps
    # Written in session 9 by someone who did not see the crawler (nor tune on it):
    "wp_elementor_events",  # WordPress + Elementor + The Events Calendar: Thai /%postname%/, TEC month + list traps
    # Written in session 10 by someone who did not see the crawler (nor tune on it):
    "public_list_cms",  # Zend vendor CMS /public/list/data/detail/id/N/menu/M/page/P; calendar + fiscal-year traps
    # Written in session 10 by someone who did not see the crawler (nor tune on it):
    "dotnet_portal",  # ASP.NET Core portal /th/News/Detail/<id>/<thai-slug>, /en twin, pageIndex + calendar traps
    # Written in session 11 by someone who did not see the crawler (nor tune on it):
    "codeigniter_cms",  # CodeIgniter 3 CMS /index.php/news/view/N, ?per_page= offsets; calendar + relative-loop traps
    # Written in session 12 by someone who did not see the crawler (nor tune on it):
    "wp_subdir_docs",  # WordPress + Astra in /muni/: Thai /%postname%/, PDF-flipbook notices, JetSmartFilters trap
    # Written in session 13 by someone who did not see the crawler (nor tune on it):
    "php_nuke",  # PHP-Nuke 8 Thai: modules.php?name=News&file=article&sid=N, TIS-620; comment-options + calendar traps
    # Written in session 13 by someone who did not see the crawler (nor tune on it):
    "joomla15_nonsef",  # Joomla 1.5 non-SEF: option=com_content&view=article&id=N:alias, task=view, JCal Pro trap
    # Written in session 14 by someone who did not see the crawler (nor tune on it):
    "frameset_asp",  # classic ASP/IIS 6 frameset, news_detail.asp?news_id=N, cp874; calendar + guestbook traps
    # Written in session 14 by someone who did not see the crawler (nor tune on it):
    "nextjs_strapi",  # Next.js 13 + Strapi: /news/<id>/<thai-slug>, 308 short form, load-more; events + search traps
    # Written in session 14 by someone who did not see the crawler (nor tune on it):
    "drupal10_gov",  # Drupal 10 + Barrio: /th/news/<yyyy>/<mm>/<thai-slug>, /th/node/N, /en; filter + calendar traps
    # Written in session 14 by someone who did not see the crawler (nor tune on it):
    "wix_site",  # Wix + Wix Blog: /post/<thai-slug>, SSR warmup JSON; hashtag load-more + events-month traps
    # Written in session 15 by someone who did not see the crawler (nor tune on it):
    "plone_site",  # Plone 5.2 classic: /news/<hex-or-short id>, acquisition copies; calendar/event/search traps
    # Written in session 15 by someone who did not see the crawler (nor tune on it):
    "sharepoint_portal",  # SharePoint 2013: /news/Pages/<name>.aspx, DispForm copies; list sort/filter + calendar traps
    # Written in session 16 by someone who did not see the crawler (nor tune on it):
    "liferay_portal",  # Liferay 7.4: /web/guest/news/-/asset_publisher/<id>/content/<slug>; _cur + calendar traps
    # Written in session 17 by someone who did not see the crawler (nor tune on it):
    "typo3_news",  # TYPO3 + tx_news: speaking URLs and ?tx_news_pi1[news]=N&cHash= forms; date-menu + tag traps
    # Written in session 17 by someone who did not see the crawler (nor tune on it):
    "dnn_portal",  # DotNetNuke 9: /tabid/N/ArticleID/M/<slug>.aspx, ctl/mid login + returnurl; calendar trap
    # Written in session 17 by someone who did not see the crawler (nor tune on it):
    "wagtail_site",  # Wagtail 5: /news/<slug>/, /share/<token>/ and /highlights/ aliases; archive/events/search traps
    # Written in session 18 by someone who did not see the crawler (nor tune on it):
    "hugo_static",  # Hugo + nginx: /posts/<yyyy>/<mm>/<slug>/, meta-refresh aliases, /page/N/; search + events traps
    # Written in session 18 by someone who did not see the crawler (nor tune on it):
    "laravel_vendor",  # Laravel 8 vendor CMS: /news/show/<id> (+ ?ref=, ?category=); calendar, pager, sort traps
    # Written in session 19 by someone who did not see the crawler (nor tune on it):
    "concrete_cms",  # Concrete CMS 9: /news/<thai slug>, /index.php/ + ?cID= copies; calendar/sort/search/login traps
    # Written in session 20 by someone who did not see the crawler (nor tune on it):
    "xoops_news",  # XOOPS 2.5 + News/newbb/myalbum, TIS-620, article.php?storyid=N; piCal + xoops_redirect login traps
    # Written in session 20 by someone who did not see the crawler (nor tune on it):
    "opencms_portal",  # OpenCms 11/Tomcat: /th/news/<พ.ศ.>/<name>.html, /export/ copies; jsessionid, calendar, search
    # Written in session 21 by someone who did not see the crawler (nor tune on it):
    "modx_portal",  # MODX Revolution 2.8: <base>-relative Thai alias links, index.php?id=N; calendar, tag, search traps
    # Written in session 22 by someone who did not see the crawler (nor tune on it):
    "yii2_vendor",  # Yii2 vendor CMS /news/view/N (+ ?id=, legacy ?r=, ?lang=), per-request CSRF; calendar + sort traps
    # Written in session 22 by someone who did not see the crawler (nor tune on it):
    "odoo_website",  # Odoo 16 Website+Blog+Events: /blog/<blog>-<id>/<slug>-<id>, /en copies; event-filter + date traps
    # Written in session 23 by someone who did not see the crawler (nor tune on it):
    "umbraco_portal",  # Umbraco 8/IIS: dashed Thai node URLs, /<id>, umbPageId, print, /en; calendar/search/sort traps
    # Written in session 23 by someone who did not see the crawler (nor tune on it):
    "ghost_blog",  # Ghost 5 + Casper: /<slug>/, /prakaas/<slug>/, AMP + ?ref= copies; calendar + e-Service ref traps
    # Written in session 23 by someone who did not see the crawler (nor tune on it):
    "drupal7_noclean",  # Drupal 7, no clean URLs: /?q=<thai alias>, ?q=node/N, print copies; calendar/sort/login traps
    # Written in session 24 by someone who did not see the crawler (nor tune on it):
    "djangocms_newsblog",  # django CMS 3 + djangocms-blog: /th/news/<y>/<m>/<d>/<slug>/ (UTC date), /en; event traps
    # Written in session 24 by someone who did not see the crawler (nor tune on it):
    "silverstripe_site",  # SilverStripe 4 + blog: /news/<segment>/, <base href>-relative links, ?start=; 2 traps
    # Written in session 24 by someone who did not see the crawler (nor tune on it):
    "php_fusion",  # PHP-Fusion 7.02 Thai, windows-874: news.php?readmore=N, articles/viewpage/forum; calendar traps
    # Written in session 24 by someone who did not see the crawler (nor tune on it):
    "joomla4_helix",  # Joomla 4.4 + Helix Ultimate, /th + /en: /th/news/<cat>/<id>-<date-time>; JEvents + login traps
    # Written in session 25 by someone who did not see the crawler (nor tune on it):
    "menuid_vendor",  # vendor PHP อบต. site: news.php?menuid=M&id=N, detail.php static/ITA; calendar + pager traps
    # Written in session 25 by someone who did not see the crawler (nor tune on it):
    "weebly_site",  # Weebly blog of an อบต.: /news/<ASCII-only slug>, M/D/YYYY dates; archive-month + pager traps
    # Written in session 25 by someone who did not see the crawler (nor tune on it):
    "struts_vendor",  # Struts 1/Tomcat อบจ. portal: news.do?method=view&newsId=N; jsessionid, calendar + sort traps
    # Written in session 25 by someone who did not see the crawler (nor tune on it):
    "wp_wpml_attach",  # WordPress 6 + Newspaper + WPML: /Y/m/d/<Thai slug>/, attachment pages; replytocom + TEC traps
    # Written in session 26 by someone who did not see the crawler (nor tune on it):
    "sitefinity_portal",  # Sitefinity 14 portal: /th/news/<UTC y/m/d>/<UrlName>; calendar, search, ReturnUrl traps
    # Written in session 26 by someone who did not see the crawler (nor tune on it):
    "joomla_easyblog",  # Joomla 3.10 + EasyBlog 5.4 เทศบาลตำบล: /news/entry/<id>-<permalink>; calendar + login traps
    # Written in session 27 by someone who did not see the crawler (nor tune on it):
    "grav_flatfile",  # Grav 1.7 + Quark อบต.: /news/<slug>, colon path params (page:N, tag:); search + events traps
    "e107_portal",  # e107 1.0 เทศบาลตำบล: dotted queries news.php?item.N (+ .C, extend.N, print); calendar_menu traps
    "movable_type",  # Movable Type 5 blog of an อบต., windows-874: /news/archives/000123.html; mt-search + tag traps
    "bitrix_portal",  # 1C-Bitrix เทศบาลเมือง: /news/N/ + ?ELEMENT_ID=N, PAGEN_n/SIZEN_n; search/calendar/auth traps
    "textpattern_site",  # Textpattern 4.8 เทศบาลตำบล: /news/<id>/<url-title> + messy ?id=N; calendar + search traps
    # Written in session 28 by someone who did not see the crawler (nor tune on it):
    "expressionengine_site",  # EE 2 อบต.: /index.php/news/detail/<url_title> (+ /<entry_id>), P10 offsets; 3 traps
    "contao_site",  # Contao 4.13 เทศบาลเมือง: <base>-relative /ข่าวประชาสัมพันธ์/<Thai alias>.html; 3 traps
    # Written in session 29 by someone who did not see the crawler (nor tune on it):
    "octobercms_site",  # October CMS 1.1 + RainLab.Blog เทศบาลตำบล: /blog/post/<raw Thai or digit slug>; 3 traps
    # Written in session 29 by someone who did not see the crawler (nor tune on it):
    "op_vendor_cms",  # vendor PHP อบต. CMS: index.php?op=dynamiccontent_detail&id=N, windows-874; 3 traps
    # Written in session 29 by someone who did not see the crawler (nor tune on it):
    "kentico_portal",  # Kentico 12 portal engine เทศบาลนคร on IIS: /th/ข่าวสาร/.../<พ.ศ.>/<NodeAlias>, getdoc; 3 traps
    "squarespace_site",  # Squarespace 7.1 เทศบาลตำบล: /news/<slug>, ?offset=<ms> cursors, AMP; calendar + search traps
    # Written in session 30 by someone who did not see the crawler (nor tune on it):
    "craft_cms",  # Craft CMS 4 + SEOmatic เทศบาลเมือง: /news/<raw-Thai slug>, /news/p2; calendar, search, preview traps
    "grouppage_vendor",  # vendor PHP เทศบาลนคร, windows-874: /webs/th/grouppage/<n>/<module>/<code>/; 2 traps
    # Written in session 31 by someone who did not see the crawler (nor tune on it):
    "rails_vendor",  # Rails 7 vendor CMS อบต.: /th/news/<id>[-slug], friendly_id history, /en twins; 3 traps
)
# Synthetic workloads, built on request only: news_large (1,000 posts that change between crawls).
WORKLOADS: tuple[str, ...] = ("news_large",)


def _builder(family: str) -> Callable[[str], FixtureSite]:
    return importlib.import_module(f"{__name__}.{family}").build


BUILDERS: dict[str, Callable[[str], FixtureSite]] = {
    name: (lambda base_url, _name=name: _builder(_name)(base_url)) for name in FAMILIES + WORKLOADS
}


def build_site(family: str, base_url: str) -> FixtureSite:
    """Build the complete site of ``family`` for the given base URL."""
    if family not in BUILDERS:
        raise ValueError(f"unknown fixture family {family!r}; known: {FAMILIES}")
    return BUILDERS[family](base_url.rstrip("/"))
