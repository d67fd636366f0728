"""Page clutter that is not the article: photo captions and credits, bylines, timestamps,
navigation and sharing chrome, credit lines ("Reporting by ..."), the chrome of a feed
reader's copy ("Viewing all 16047 articles", "Browse latest View live", "Channel: ...") and
the names of page-analytics beacons ("Quantcast").

Copied news pages carry these between the paragraphs; left in, they become section titles,
figures ("Martin Giles", a photographer), roles and quiz questions. Every check here is one
line at a time with bounded regular expressions, so it stays linear in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.between_copies import flag_between_copies
from bot.authoring.captions import flag_captions_by_form, strip_print_note, strip_wire_credit
from bot.authoring.closing_headlines import flag_closing_headlines
from bot.authoring.counted_lines import closed_by_bare_number, closed_by_reader_count
from bot.authoring.credit_closed_captions import closed_by_photo_credit
from bot.authoring.credit_labels import is_credit_label_line
from bot.authoring.cut_excerpts import flag_cut_excerpts
from bot.authoring.dated_bylines import is_dated_byline
from bot.authoring.dated_cards import flag_dated_cards
from bot.authoring.furniture import (
    flag_above_headline,
    flag_between_headline_and_story,
    flag_cut_embeds,
    flag_headline_copies,
    flag_labels_over_furniture,
    flag_over_story,
    glued_menu,
    headline_over_byline,
    is_machine_text,
    is_non_prose_row,
    is_tag_row,
    strip_feed_head,
    strip_handle,
)
from bot.authoring.gallery_captions import flag_gallery_captions
from bot.authoring.gallery_counters import flag_gallery_counters
from bot.authoring.glued_labels import is_read_more_link, strip_glued_labels
from bot.authoring.glued_tails import strip_glued_tail
from bot.authoring.layout import flag_by_position, flag_label_over_list, speaker_heading
from bot.authoring.link_notes import strip_link_notes
from bot.authoring.link_widgets import (
    flag_empty_labels,
    flag_headline_under_label,
    is_link_widget,
    without_pointer,
)
from bot.authoring.list_lead_ins import story_list
from bot.authoring.name_pair_captions import is_name_pair_caption
from bot.authoring.off_topic_top import flag_off_topic_top
from bot.authoring.other_language_dates import is_other_language_date
from bot.authoring.other_script import flag_other_script
from bot.authoring.outlet_slogans import is_outlet_slogan
from bot.authoring.page_extras import (
    flag_after_sign_off,
    flag_card_teasers,
    flag_cut_copies,
    flag_cut_teasers,
    flag_doubled_top,
    flag_repeated_captions,
    is_page_extra,
    strip_desk_code,
    strip_glued_byline,
    strip_outlet_notes,
    strip_source_list,
    strip_trailing_aside,
)
from bot.authoring.page_labels import (
    flag_lowercase_labels,
    flag_pull_quotes,
    is_page_label,
    is_site_name,
    strip_page_tags,
)
from bot.authoring.page_notices import is_page_notice
from bot.authoring.page_widgets import (
    CAPTION_LABEL,
    DURATION,
    META_LABEL,
    ends_the_article,
    flag_link_lists,
    flag_teasers_amid_story,
    flag_teasers_under_label,
    is_page_widget,
    is_teaser_label,
)
from bot.authoring.placed_stamps import is_placed_stamp
from bot.authoring.portrait_captions import flag_portrait_caption
from bot.authoring.reader_posts import flag_button_rows, flag_comment_thread, flag_writer_box
from bot.authoring.run_in_captions import strip_run_in_caption
from bot.authoring.scene_captions import flag_scene_captions
from bot.authoring.sign_offs import is_sign_off_line, strip_desk_mark
from bot.authoring.site_lines import flag_keyword_rows, is_site_line
from bot.authoring.teaser_cards import flag_teaser_cards
from bot.authoring.tip_lines import is_tip_line
from bot.authoring.widget_text import is_widget_text
from bot.authoring.wire_end import flag_below_wire_sign_off
from bot.authoring.writer_lists import is_writers_and_desk

__all__ = ["clutter_flags", "is_byline", "is_clutter_line", "strip_glued_credit"]

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "tues weds thur thurs"
)
_TIME_WORDS = frozenset(
    (
        f"{_MONTHS} {_DAYS} am pm a m p gmt utc est edt cst cdt pst pdt bst cet cest ist et "
        "published updated posted date created modified last ago hour hours minute minutes "
        "min mins hrs hr day days week weeks read at on by time local uk written listen "
        "pkt sgt wat eat cat sast aest aedt jst kst msk ict wib myt nzst nzdt ast adt mst "
        "mdt hst "
        "today yesterday"  # "Posted yesterday at 10:55 p.m."
    ).split()
)
_ALPHA = re.compile(r"[A-Za-z]+")
_WORD_NOT_AFTER_DIGIT = re.compile(r"(?<![\dA-Za-z])[A-Za-z]+")
_MONTH_WORDS = frozenset(_MONTHS.split())
_DATE_JOINS = frozenset(("of", "the"))

_CHROME = re.compile(
    r"^(?:skip to (?:main )?content\.?|"
    # the same link on a Spanish page: "Click acá para ir directamente al contenido"
    r"(?:click \w+ para )?(?:ir|saltar|pasar) (?:directamente )?al contenido(?: principal)?|"
    r"advertisement|advert|sponsored(?: content)?|"
    r"spread the love|submit (?:a |an |your )?(?:blog|story|news|article|press release|event|"
    r"letter|photos?)\b.{0,40}|"
    r"page (?:generated|created|loaded) in [\d.]+ (?:seconds|secs?|s)\.?|"
    r"a version of this (?:article|story) appear(?:s|ed) in (?:the )?print\b.{0,200}|"
    r"(?:posts|comments) \((?:atom|rss)\)|.{0,200}\bpowered by disqus|"
    r"register (?:for free |now )?to (?:read|continue|keep reading)\b.{0,160}|"
    r"to view this content\b.{0,160}|please click here\b.{0,100}|"
    r"comment on this (?:story|article)\b.{0,60}|"
    r"related(?: articles| stories| content| topics)?|read more.{0,80}|more (?:videos|stories)|"
    r"view|views|share(?: this(?: article| story)?)?(?:\.{3}|…)?|comments?|leave a comment|"
    r"sign up.{0,120}|subscribe.{0,120}|follow us.{0,120}|don'?t miss|best of .{1,40}|"
    r"latest (?:news )?(?:videos|news|stories)|trending(?: topics| now)?|homepage|home|"
    r"voice your opinion!?|to join the conversation.{0,160}|our standards.{0,120}|"
    r"chevron icon.{0,200}|current: ?home ?>.{0,300}|\w{1,20}! \(\d{1,9}\)|"
    r"watch .{0,120}(?:above|below)[.:]?|tune in to .{0,120}|"
    r"(?:photo|image|picture|video) (?:credit|courtesy)s?:.{0,120}|"
    r"\(?(?:with )?(?:additional )?(?:reporting|writing|editing) by .{0,200}|"
    r"read the (?:full|original) (?:story|article|report)\b.{0,100}|"
    r"[-–—]{1,2} ?(?:reuters|afp|ap|the associated press|bloomberg|upi|xinhua|pa|dpa|ani|pti)|"
    r"(?:have|got) a (?:news )?(?:tip|story)\b.{0,160}|video player.{0,40}|"
    r"related (?:video|videos|audio|gallery|galleries|links?|coverage|reading):?|"
    r"(?:paid|partner|sponsored) (?:content|post)|live (?:updates?|blog)|"
    r"share (?:on|via|to) \w+.{0,20}|copy (?:link|url)|copied!?|"
    r".{1,60} can be reached at .{0,160}|nation & world|world news|business news|"
    r"#\S.{0,60}|\|+|\d{1,3}|font size:?|print|email|whatsapp|facebook|twitter|linkedin|"
    r"most (?:read|popular|viewed|shared|watched)|top (?:stories|videos|news)|"
    r"(?:[\w.&'’-]+ ){0,3}top stories|"
    r"skip (?:to )?(?:main )?(?:navigation|menu)|no announcements? yet\.?|"
    # a pointer to the wire's copy: "Full story on Reuters:"
    r"(?:the |read the )?full (?:story|article|report) (?:on|at|from|in) [\w .'’-]{1,40}:?|"
    # a radio station's player: "Listen Live On Our Live Stream or Tune To ..."
    r"listen live\b.{0,200}|"
    # a link back to the page's list: "Return To News releases & statements", "Back to top"
    r"(?:return|back|go back) to (?:the )?(?:[\w&'’-]+ ){0,2}(?:news|home|top|homepage|index|"
    r"list|articles|stories|releases|blog|search results|overview|archive)\b[^.!?]{0,40}|"
    r"you may (?:also )?(?:like|want to (?:watch|read|see)|be interested in)(?::|\.{3}|…)?|"
    r"go to (?:the )?(?:source|original (?:story|article))|"
    r"have your say|your say|recommended(?: for you)?|editor'?s picks|"
    r"connect with us|(?:read|watch|listen) (?:also|next):?.{0,200}|also read:?.{0,200}|"
    r"related:.{0,200}|letters(?: to the editor)?|avatar(?: photo| image)?|"
    r"(?:source|credit|photo|photograph|image|picture|pic|illustration|video)s?(?: by)?: ?.{1,80}|"
    r"you are here:?|"  # a breadcrumb's label
    # a pointer to the page's player or links: "Click below for comments from Jane Roe."
    r"click (?:below|above|on the (?:link|image|video|audio))\b.{0,200}|"
    # "Follow Radio Nordland on Facebook, X and Instagram. Send your story ideas to us ..."
    r"follow [\w .&'’-]{1,60} on "
    r"(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin)\b.{0,300}|"
    # a topic box's label: "To learn more about this and similar topics"
    r"to (?:learn|read|find out|see) more about (?:this|these)\b[^.!?]{0,80}|"
    # a widget's words: "Please wait...", "Thank you for sign up!"
    r"please wait\W{0,4}|thank you for (?:signing up|sign(?:ing)? up|subscribing)\W{0,3}|"
    # a link to the copy on another site: "Link to allAfrica.com: Nordland: ..."
    r"link to [\w-]+(?:\.[\w-]+)+:.{0,200}|"
    # a source or a credit in capitals glued to the name: "VIANordland Media Centre"
    r"(?-i:VIA|SOURCES?|CREDITS?)(?-i:[A-Z][a-z]).{1,60}|"
    # an error page's words: "Page not found", "The content you requested does not exist"
    r"(?:error 404|404)?\W{0,3}page not found\W{0,3}|"
    # a publishing tool's shortcode left in the text: "[ad id=”1539″]", "[caption id=...]"
    r"\[(?:ad|ads|adrotate|advert|caption|embed|gallery|video|audio)\b[^\[\]]{0,80}\]|"
    # a caption wrapped in WordPress's caption code (round 52): "[caption id="attachment_9"
    # align="alignnone" width="1024"] Floods in Arima. - Jane Roe[/caption]"
    r"\[caption\b[^\[\]]{0,200}\][^\[\]]{0,600}\[/caption\]|"
    r"we(?:'re|’re| are) having (?:trouble|problems) (?:retrieving|loading|displaying)\b.{0,80}|"
    r"the (?:page|content|article) you (?:requested|are looking for|were looking for) "
    r"(?:does not|doesn'?t|could not|cannot|can'?t) (?:exist|be found)\b.{0,80}|"
    # a breadcrumb from the home page: "Home » Floods: Varnholt harbour under water"
    r"home ?[»›>] .{1,200}|"
    # the comment box's invitation under the story: "Be the first to comment on ..."
    r"be the first to comment\b.{0,200}|"
    # an editor's note on the story's source: "Portions have been excerpted from minutes."
    r"(?:portions|parts|excerpts) (?:of (?:this|the) (?:story|article|report) )?"
    r"(?:have been|were|are) (?:excerpted|adapted|reprinted|republished) from\b.{0,120}|"
    r"(?:more (?:details )?|updates? )to follow\W{0,3}|"
    r"this is a (?:developing|breaking) (?:story|news story).{0,120}|"
    r"find (?:related|more) (?:news|stories|articles|coverage).{0,80}|"
    r"(?:the )?(?:photo|image|picture|photograph)s? (?:with|in|on|for|above|accompanying) "
    r"this (?:post|story|article|page)\b.{0,200}|"
    r"(?:image|media|video) (?:source|caption),? .{0,200}|more on this story|save|saved|"
    r"explore more on (?:these|this) topics?|listen to (?:this )?(?:article|story).{0,40}|"
    # "Continue reading "Another post" »": a feed's link to the rest of another post
    r"continue reading(?: the main story| [“\"][^\"”]{1,150}[”\"] ?[»›→]?)?|"
    r"advertisement\W{1,3}(?:scroll|continue).{0,40}|"
    r"story continues below.{0,40}|print(?: this)?(?: article| story| page| post)?|"
    r"(?:printer[- ]friendly|printable)(?: version| page)?|"
    # a page's tools: "Printable version E-mail this to a friend" (round 48)
    r"e-?mail this(?: (?:story|article|page|post))?(?: to a friend)?|"
    # the site's account box talking to the reader: "Thanks for logging in.", "You can now
    # click/tap WATCH to ...", "Create a 6PR account today!", "Joining is free and easy."
    r"thanks for (?:logging|signing) in\.?|you can now (?:click|tap|log in)\b.{0,160}|"
    r"create an? (?:[\w&'’-]+ ){0,3}account(?: today| now)?\W{0,2}|joining is free\b.{0,40}|"
    r"you will soon need to (?:register|log in|sign in)\b.{0,160}|"
    r"(?:previous|next) (?:post|article|story)|(?:share|like) this:?|"
    r"loading(?: comments| more| video| content)?\W{0,4}|"
    # a mail link printed twice, a protected address's stand-in, a photo's donor: "Send in
    # e-mailSend in e-mail", "[email protected]", "Cover photo courtesy of Jane Roe."
    r"(?:send|share) (?:in|by|via) e-?mail(?:\s?(?:send|share) (?:in|by|via) e-?mail)?|"
    r"\[email(?:\s|&#160;)protected\]|"
    r"(?:(?:cover|top|main|lead|header|featured) )?(?:photo|image|picture)s? courtesy"
    r"(?: of)? [^.!?]{1,80}\.?|"
    # the site to its reader: "You can read the report here.", "Welcome to X.COM, the ..."
    r"you can (?:read|view|see|find|watch|download|listen to) [^.!?]{1,120} here\.?|"
    # "For more on the series check the Courier online here." (round 48)
    r"for more (?:on|about|information|news|details|coverage|updates|stories)\b"
    r"[^.!?\"“”]{1,150}\bhere\.?|"
    r"welcome to [^.!?]{0,60}\b(?:website|site|archive|portal|blog|\.com)\b.{0,200}|"
    r"cookie consent\b.{0,80}|archive for the .{1,60} category|"
    r"(?:home )?(?:tags )?posts tagged(?: with)? .{1,120}|"
    r"comments? \(\d{1,6}\)|recommended (?:stories|articles|reading|videos)|"
    r"(?:tags?|filed under|topics?|channel|(?:news )?categor(?:y|ies)):.{0,200}|"
    r"viewing (?:all )?[\d,]{1,9} (?:articles|posts|items|stories|entries|results)|"
    r"browse (?:latest|all|more)(?: view (?:live|all))?|"
    r"quantcast|comscore|chartbeat|google (?:analytics|tag manager)|"
    r"click here.{0,200}|(?:©|copyright ©?)\s?.{0,300}|"
    r".{0,200}all rights reserved\..{0,200}|"
    # the notice run on into the site's terms: "© 2012, Jane Roe. All rights reserved. – The
    # views expressed here are ... cannot be reproduced ..." (round 46)
    r"(?:©|copyright)[^.!?]{0,80}\. all rights reserved\..{0,500}|"
    r"(?:[\w .'’-]{1,40}(?: via | for |/))?(?:getty images|afp|reuters|(?:the )?associated "
    r"press|ap photo|shutterstock|alamy|pa wire|pa media|epa|supplied|file photo)|"
    r"(?:e-?mail|contact|follow)\b.{0,80}(?:@|twitter|x\.com).{0,80}|"
    r".{0,100} contributed (?:reporting )?to this (?:report|story|article)\.?|"
    # a broadcaster's sign-off: "Stay with WeatherNation for the very latest on the storm."
    r"(?:stay|keep it) (?:tuned |locked )?(?:with|to|on) [\w .&'’-]{1,60} for (?:the )?"
    r"(?:very )?(?:latest|updates|further updates|more|continuing coverage)\b[^!?]{0,120}|"
    # where the page's pictures came from: "The above images are all from the AP."
    r"(?:the |these |all (?:of )?(?:the )?)?(?:above|top|featured) (?:images?|photos?|"
    r"photographs?|pictures?|videos?) (?:is|are|was|were) (?:all )?(?:from|by|courtesy of|"
    r"provided by|supplied by|taken by|credited to) [^.!?]{1,80}\.?|"
    r"(?:the )?(?:images?|photos?|photographs?|pictures?|videos?) (?:above|below|in this "
    r"(?:article|story|post)) (?:is|are|was|were) (?:all )?(?:from|by|courtesy of|provided "
    r"by|supplied by|taken by|credited to) [^.!?]{1,80}\.?|"
    # a label naming the text below as a transcript: "INTERVIEW TRANSCRIPT:", "TRANSCRIBED"
    r"(?:read |see )?(?:the )?(?:full |complete |edited )?(?:interview |video |audio )?"
    r"(?:transcript|transcription|transcribed)(?: below| follows)?:?)$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*"
_CREDIT_LINE = re.compile(
    rf"^\(?(?:{_NAME}\s){{0,3}}{_NAME}\s?/\s?(?:{_NAME}\s?){{1,3}}\)?\.?$|"
    r"^\((?:Photo|Image|Picture)?:?[^()]{0,80}/[^()]{1,80}\)$"
)
_AGENCY_GLUED = r"(?:[A-Z]{2,}(?=[A-Z][a-z])|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[A-Z]))"
_GLUED_CREDIT = re.compile(
    rf"^(?:{_NAME} ){{1,3}}{_NAME}/(?:{_AGENCY_GLUED}|(?:[\w.'’-]+ ){{0,4}}\w+(?=\([A-Z]))"
)
# "Reuters Staff", "VB Desk", "Jamalpur Desk:" (a desk's sign over the lede may close with a
# colon, round 46).
_STAFF = re.compile(
    r"^(?:[A-Z][\w.&'’-]*(?:\s|\s?[,|–—]\s)){1,4}(?i:Staff|Reporters?|Correspondents?|Bureau|"
    r"Desk|Newsroom|Journalist|Writer|Editor|Columnist|Contributor|Photographer)[.:]?$"
)
_BYLINE = re.compile(
    r"^(?:(?:report|story|words|text) )?by:?\s+"
    r"[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,6}"
    # "by Alex Violo/Valley Press": the outlet after a slash too (round 47)
    r"(?:\s*[|,/–—-]\s*.{0,60}|\s\([^()]{1,80}\))?$",
    re.IGNORECASE,
)
_CAPTION_VERBS = (
    "speaks|does|attends|arrives|looks|gestures|listens|waits|walks|stands|holds|delivers|"
    "addresses|talks|poses|answers|leaves|is seen|are seen|sits|smiles|reacts|visits"
)
_CAPTION = re.compile(
    rf"\b(?:{_CAPTION_VERBS})\b.{{0,200}}\bon (?:\w+day, )?[A-Z][a-z]+\.? \d{{1,2}}, \d{{4}}",
)
_CREDIT_IN_TEXT = re.compile(
    r"\((?:Photo|Image|Picture)?:?\s?[A-Z][\w .'’-]{0,40}/[A-Z][\w .'’-]{0,40}\)|"
    r"/(?:Getty Images|AFP|Reuters|AP Photo|EPA|Shutterstock|Alamy|PA Media|PA Wire)\b"
)
_TERMINAL = '.!?"”’…)'
# "Header Ads Widget", "Responsive Advertisement": ad slots named on the page.
_AD_SLOT = re.compile(
    r"^(?:[\w-]+ ){0,3}(?:ads?|advert|advertisement|sponsored)(?: [\w-]+){0,2}$", re.IGNORECASE
)
_CREDIT_WORD = r"[A-Z][\w.'’&-]*"
# A caption that ends with its credit: ". THE CANADIAN PRESS/Adrian Wyld", ". Lance Cheung/USDA",
# ". — Online/File", ". REUTERS/Jane Roe/File Photo",
# "- Credit: PA", "(PA Wire)".
_TRAILING_CREDIT = re.compile(
    rf"[.!?]\s+(?:[-–—]\s+)?(?:{_CREDIT_WORD}\s){{0,3}}{_CREDIT_WORD}\s?/\s?(?:{_CREDIT_WORD}\s?){{1,4}}"
    rf"(?:/\s?(?:{_CREDIT_WORD}\s?){{1,3}})?\.?$|"
    r"\s[-–—|]\s*(?:(?:photo|image|picture)\s)?credits?:\s?[^.!?]{1,60}$|"
    r"\s(?:(?:photo|image|picture)\s)?credits?:\s?(?-i:[A-Z])[^.!?]{1,60}$|"
    # "... addressing the nation. Photo credit: CMC.": the same credit with its stop (round 53)
    r"[.!?]\s+(?:photo|image|picture)\scredits?:\s?(?-i:[A-Z])[^.!?]{1,60}\.$|"
    r"[.!?]\s+(?:photograph|photo|image|picture|pic|credit|illustration|source)s?:\s?[^.!?]{1,60}"
    r"\.?$|"
    r"\s[-–—|]\s*(?:photograph|photo|image|picture|pic)s?:\s?[^.!?]{1,60}$|"
    r"\((?:photograph|photo|image|picture|pic|credit|illustration|supplied|source)s?:\s?[^()]{1,60}\)$|"
    r"\[(?:photograph|photo|image|picture|pic|credit|illustration|supplied|source)s?:\s?[^\[\]]{1,60}\]$|"
    r"(?:\s|(?<=[a-z]))©\s?[A-Z][^.!?©]{1,60}$|"
    r"\((?:PA(?: Wire| Media)?|AP(?: Photo)?|AFP|Reuters|Getty(?: Images)?|EPA|Shutterstock|"
    r"Alamy|Bloomberg|Supplied|File)\)$|"
    # the photographer's name after "Photo by" closing a caption, after its stop, a dash or
    # a bar: ". Photo by Jane Roe", "... areas. - photo by Jane Roe" (round 49); a
    # sentence's "... shared a photo by Jane Roe." has neither
    r"(?:[.!?]\s+(?:[-–—|]\s*)?|\s[-–—|]\s*)(?:photo(?:graph)?|picture|image)s? by\s"
    r"(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,3}$",
    re.IGNORECASE,
)
# "... Photo credit should read: Jane Roe/PA Wire": a picture desk's caption, however long,
# ends with its photographer and agency where a paragraph ends with a stop.
_SIGNED = re.compile(
    rf"[.!?:]\s+(?:{_CREDIT_WORD}\s){{0,3}}{_CREDIT_WORD}\s?/\s?{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{0,3}}$"
)
_MAX_SIGNED = 1200
# ".png)", "].": the tail of an image's markup left on a line of its own, no word of text.
_MARKUP_TAIL = re.compile(r"^[.)\]][\w.)\]]{0,12}$")
# ". - ROGER JACOB": a caption signed by its photographer, in capitals after a dash.
_CAPS_CREDIT = re.compile(r"[.!?]\s+[-–—]\s+[A-Z][A-Z.'’ -]{2,40}$")
# Newsletter and follow prompts, wherever they sit in a short line.
_PROMPT = re.compile(
    r"\b(?:newsletters?|(?:delivered )?(?:to|in) your inbox|sign up (?:for|to|now|here)|"
    r"subscribe (?:to|now|for|here|today)|don'?t miss out|followed categories|"
    r"follow us on|download (?:our|the) app|"
    r"stay up[ -]to[ -]date (?:with|on) (?:the latest|our|all)|"
    r"stay (?:informed|connected)|"
    r"(?:like|follow)\b[^.!?]{0,60} (?:on|via) our (?:[\w,]+ ){0,6}"
    r"(?:pages?|accounts?|channels?))\b",
    re.IGNORECASE,
)
# A box talking to the reader, not reporting: "Send your letters for publication to ...",
# "Join our readers' group ...". News text is third person; an imperative to "you" is not.
_READER_PROMPT = re.compile(
    r"^(?:send|e-?mail|write to|tell us|join|share|find|pick up|click|tap|download|follow|"
    r"promote|advertise|"
    r"get in touch|contact us|subscribe|sign up|(?:please )?enter)\b"
    r"[^.!?]{0,300}\b(?:your?|our|us)\b",
    re.IGNORECASE,
)
# A teaser link: a capitalised label and a colon, then another story's headline, unpunctuated
# ("READ ALSO: Five people killed in ...", "BUSINESS REVIEW: How sanctions ...", "RELATED | ...").
_TEASER = re.compile(r"^[A-Z][A-Z&'’ -]{2,30}(?::| \|)\s.{5,200}[^.!?\"”’…)]$")
# "Jane Roe is a reporter for the Nordland Courier.": the writer's note, not the story.
_WRITER_NOTE = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} (?:(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}"
    r"(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|photographer)"
    r"(?: (?:for|at|with) [^.!?]{1,80})?|"
    # the writer's beat under the story: "Jane Roe covers shipping and the ports from Oslo."
    r"covers [^.!?]{3,80} from [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\.?$"
)
# "This report by The Canadian Press was first published March 7, 2024.", "This content
# originally appeared on the Nordland Courier."
_PUBLISHED_NOTE = re.compile(
    r"^this (?:report|story|article|content|post) (?:by .{1,60} )?"
    r"(?:was (?:first |originally )?published|(?:first |originally )appeared (?:on|in))\b",
    re.IGNORECASE,
)
_NAME_ONLY = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")
# A title-case headline's preposition, which no person's name holds (round 44).
_HEADLINE_PREPOSITION = re.compile(r" (?:To|In|On|At|For|With|From|Into|Over|After) ")
_OUTLET_LINE = re.compile(
    r"^(?:The )?(?:[A-Z][\w&.'’-]* ){0,3}(?:Gazette|Times|News|Post|Herald|Tribune|Journal|"
    r"Press|Standard|Star|Chronicle|Telegraph|Independent|Guardian|Mail|Express|Bulletin|"
    r"Observer|Record|Daily|Radio|Staff|Courier|Inquirer|Gleaner|Mirror|Examiner|Dispatch|"
    r"Sentinel|Advertiser|Online|News (?:Service|Agency|Network))$"
)
# "By", or "Photo by" / "Pictures by": the first line of a byline or a photo credit whose
# name stands alone on the next line.
_LONE_BY = re.compile(
    r"^(?:(?:photo|photograph|image|picture|pic|video|illustration)s? )?by:?$", re.IGNORECASE
)
_CAPS_PLACE = re.compile(r"\s[-–—]\s[A-Z][A-Z .'’-]{1,40}$")
# The outlet talking to its reader: "Here's your morning update ... our top stories".
_YOU = re.compile(r"\b[Yy]our?\b")  # "By allowing ads on this site, you support ..." too
# "our", or "we" opening a sentence ("We'll assume you're ok with this"): the outlet.
_WE = re.compile(r"\bour\b|(?:^|[.!?] )We(?:'ll|’ll|'re|’re|'ve|’ve)?\b|\b[Tt]his (?:web)?site\b")
# Words reported without quotation marks ("We bring you the bags, you fill them, the mayor
# told volunteers"; "We give you our word, says mayor"): a speaker's, not the outlet's box.
_REPORTED = re.compile(
    r"[,—–]\s+(?:(?:the|a|an|he|she|they|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}\s+"
    r"(?:said|says|told|tells|added|adds|explained)"
    r"|(?:said|says|told|added)\s+(?:the\s+)?[A-Za-z])"
)
# "Article continues after this advertisement" run into the next paragraph.
_CONTINUES = re.compile(
    r"^(?:article|story) continues (?:below|after (?:this |the )?(?:advertisement|ad))\.?\s*",
    re.IGNORECASE,
)
# "Follow on", "Share on": the words of the page's buttons left before its date line.
_BUTTONS = re.compile(r"^(?:(?:follow|share)(?: us)? on\s+)+", re.IGNORECASE)
# "Today -", "Yesterday |": the day a feed dates its story by, before the byline.
_RELATIVE_DAY = re.compile(r"^(?:today|yesterday|just now)\s?[-–—|,]?$", re.IGNORECASE)
# "Nordland Council News feed - 7 hours 51 min ago": the feed's name and the story's age.
_SOURCE_AND_AGE = re.compile(r"^[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,5} [-–—] (?=\S)")
_CLOCK_OR_YEAR = re.compile(r"\d:\d\d|\b\d{4}\b")
_CLOCK = re.compile(r"\d:\d\d")
_CLOCK_LABEL = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} Time: (?=\d{1,2}:\d\d)")
# "Ocho Rios, St. Ann. Jamaica": a place in capitalised words and commas, no verb.
_PLACE_LINE = re.compile(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:, ?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)+\.?$"
)
_LABEL = re.compile(r"^[A-Z][\w&'’-]*(?: (?:of|the|and|for|[A-Z&][\w&'’-]*)){0,3}:?$")


def _is_timestamp(line: str, *, ordinals: bool = True) -> bool:
    """A line of dates and times only: "Published: 06/09/2023", "- 08:53", "1 Min Read",
    "December 20th, 2018" (`ordinals`: a day's "th" counts), or a clock under a short label
    ("Nordland Time: 10:44 AM on Wednesday 17 May"; not a date with an ordinal there:
    "Police Update- 27th March 2013" is a headline)."""
    line = _BUTTONS.sub("", line, count=1)
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return False
    letters = _WORD_NOT_AFTER_DIGIT if ordinals else _ALPHA
    words = [w.casefold() for w in letters.findall(line)]
    if all(w in _TIME_WORDS for w in words):
        return True
    if all(w in _TIME_WORDS or w in _DATE_JOINS for w in words) and _MONTH_WORDS & set(words):
        return True  # "Sunday 24 of November 2024", "the 24 of May 2021": a date in words
    label = _CLOCK_LABEL.match(line)
    return label is not None and _is_timestamp(line[label.end() :], ordinals=False)


# "Wera Mori (Facebook)": a picture's caption of a few words with where the picture was taken
# from, a social network or a free picture library, in brackets (round 41).
_SOURCED_CAPTION = re.compile(
    r"^[A-Z][^.!?()\"“”]{0,60} \((?:Facebook|Twitter|Instagram|X|LinkedIn|YouTube|TikTok|"
    r"Flickr|Wikimedia(?: Commons)?|Wikipedia)\)$"
)
# "Published in News on August 28, 2011 1:50 AM": the section a post was filed in, then
# when (round 41).
_SECTION_STAMP = re.compile(
    r"^(?:published|posted|filed) (?:in|under) (?-i:[A-Z])[\w&’' -]{0,30}? on (?P<when>.{6,60})$",
    re.IGNORECASE,
)


def _is_section_stamp(line: str) -> bool:
    found = _SECTION_STAMP.match(line)
    return found is not None and _is_timestamp(found.group("when"))


# "Wednesday, April 16, 2014 (Midweek Chronicle, PNG)": the date a report ran, with the
# paper it ran in, on a line of its own.
_DATE_AND_SOURCE = re.compile(r"^(?P<date>[^()]{6,60}?) \([A-Z][^()]{1,60}\)$")


def _is_sourced_date(line: str) -> bool:
    """A date line closed by the paper it ran in, in brackets."""
    match = _DATE_AND_SOURCE.match(line)
    if match is None or not _is_timestamp(match.group("date")):
        return False
    return bool(_MONTH_WORDS & {w.casefold() for w in _ALPHA.findall(match.group("date"))})


def _is_meta_row(line: str) -> bool:
    """ "Reuters | Ankara | Updated: 02-11-2022 01:55 IST | ...": a row of page metadata;
    "April 5, 2023 08:28 pm | Updated 08:28 pm IST - KALABURAGI": times and the dateline."""
    cells = [c.strip() for c in line.split("|")]
    if len(cells) >= 3 and any(_is_timestamp(c) for c in cells):
        return True
    if len(cells) == 2 and len(line) <= 120 and any(_is_clock_or_date(c) for c in cells):
        return not any(c[-1:] in ".!?" for c in cells)  # "10 Feb 2012 at 06:25hrs | Views"
    if len(cells) == 2 and _NAME_ONLY.match(cells[0]) and _OUTLET_LINE.match(cells[1]):
        return True  # "Jane Roe | Nordland Courier"
    if len(cells) == 2 and _NAME_ONLY.match(cells[0]) and META_LABEL.match(cells[1]):
        return True  # "Jane Roe|Published": the writer and a label whose date is elsewhere
    source = _SOURCE_AND_AGE.match(line)
    if source and line.endswith(" ago") and _is_timestamp(line[source.end() :]):
        return True
    return len(cells) >= 2 and all(_is_timestamp(_CAPS_PLACE.sub("", c)) for c in cells)


def _is_clock_or_date(cell: str) -> bool:
    """A timestamp that dates something: a clock time or a year ("Apr 27, 2021, 12:56 PM")."""
    return _is_timestamp(cell) and bool(_CLOCK_OR_YEAR.search(cell))


def _is_timed_byline(line: str) -> bool:
    """ "Mar 31, 2014 10:09 PM by Lupita Murillo": a timestamp, then who wrote it; or the
    name, then the time or the outlet, run together on one line; or a date and a clock time,
    then the name."""
    head, sep, tail = line.rpartition(" by ")
    dated = _is_timestamp(head) or _RELATIVE_DAY.match(head) is not None
    if sep and dated and _NAME_ONLY.match(tail.strip()):
        return True
    words = line.split()
    for cut in (2, 3):
        name, rest = " ".join(words[:cut]), " ".join(words[cut:])
        timed = _is_timestamp(rest, ordinals=False) and bool(_CLOCK_OR_YEAR.search(rest))
        if rest and _NAME_ONLY.match(name) and (timed or _OUTLET_LINE.match(rest)):
            return True
        # "Thursday, 10 September 2009 15:01 Tep Nimol": the time, then the writer's name
        head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        if head and _NAME_ONLY.match(tail) and _is_clock_or_date(head) and _CLOCK.search(head):
            return True
    return False


def _is_quoteless(text: str) -> bool:
    return not any(mark in text for mark in '"“”')


# "Jane Roe – Local democracy reporter": the writer's name, a dash, then the writer's job.
_NAME_AND_JOB = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} ?[–—|,-] ?(?:[A-Za-z-]+ ){0,4}"
    r"(?i:reporter|correspondent|journalist|writer|editor|columnist|contributor|photographer)$"
)
# "Text and photo Jane Roe", "Words and pictures: Jane Roe": who wrote it and took the photos.
_TEXT_AND_PHOTOS = re.compile(
    r"^(?:text|words|story|report) (?:and|&) (?:photos?|pictures?|images?)(?: by)?:? "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}$",
    re.IGNORECASE,
)


def is_byline(line: str) -> bool:
    """ "By Garth Kant", "Report by Jane Roe, jane@courier.example", "Reuters Staff", "Jane
    Roe – Local democracy reporter", "Text and photo Jane Roe", "Jane Roe and Per Holm,
    CNN": who wrote it, not what it
    says."""
    return bool(
        _BYLINE.match(line)
        or _STAFF.match(line)
        or _NAME_AND_JOB.match(line)
        or _TEXT_AND_PHOTOS.match(line)
        or is_writers_and_desk(line)
    )


def is_clutter_line(line: str, *, teaser: bool = True, rows: bool = True) -> bool:
    """A line that is page furniture on its own, wherever it appears (`teaser`: a label
    and a colon before an unpunctuated line counts; `rows`: a row of cells or of links run
    together counts)."""
    text = line.strip()
    if not text:
        return True
    return bool(
        _CHROME.match(text)
        or _CREDIT_LINE.match(text)
        or _BARE_CREDIT_LABEL.match(text)
        or _is_timestamp(text)
        or _is_sourced_date(text)
        or is_placed_stamp(text, _is_timestamp)
        or _is_meta_row(text)
        or is_byline(text)
        or (len(text) <= 300 and _CAPTION.search(text) and "“" not in text and '"' not in text)
        or (len(text) <= 300 and _CREDIT_IN_TEXT.search(text))
        or _is_timed_byline(text)
        or _is_section_stamp(text)
        or bool(_SOURCED_CAPTION.match(text))
        or bool(_PUBLISHED_NOTE.match(text))
        or bool(_WRITER_NOTE.match(text))
        or bool(_OUTLET_LINE.match(text))
        or (len(text) <= 400 and _is_quoteless(text) and bool(_TRAILING_CREDIT.search(text)))
        or (len(text) <= 400 and _is_quoteless(text) and bool(_CAPS_CREDIT.search(text)))
        or (len(text) <= _MAX_SIGNED and _is_quoteless(text) and bool(_SIGNED.search(text)))
        or bool(_MARKUP_TAIL.match(text))
        or (len(text) <= 300 and _is_quoteless(text) and _to_the_reader(text))
        or (len(text) <= 250 and _is_quoteless(text) and bool(_PROMPT.search(text)))
        or (len(text) <= 600 and _is_quoteless(text) and bool(_READER_PROMPT.match(text)))
        or (teaser and _is_quoteless(text) and bool(_TEASER.match(text)))
        or bool(_AD_SLOT.match(text))
        or is_page_extra(text)
        or is_page_widget(text)
        or is_page_label(text)
        or _toolbar(text)
        or is_machine_text(text)
        or is_tag_row(text)
        or is_site_line(text)
        or is_outlet_slogan(text)
        or is_sign_off_line(text)
        or is_link_widget(text)
        or is_read_more_link(text)
        or is_widget_text(text)
        or is_page_notice(text)
        or is_tip_line(text)
        or is_credit_label_line(text)
        or closed_by_photo_credit(text)
        or is_other_language_date(text)
        or closed_by_bare_number(text)
        or closed_by_reader_count(text)
        or is_dated_byline(text, byline=is_byline, timestamp=_is_timestamp)
        or (rows and len(text) <= 600 and is_non_prose_row(text))
        or _pointed_clutter(text, teaser=teaser, rows=rows)
    )


def _pointed_clutter(text: str, *, teaser: bool, rows: bool) -> bool:
    """ "➤ Click here to follow ...": a line led by an arrow is clutter if it is without it."""
    rest = without_pointer(text)
    return rest != text and is_clutter_line(rest, teaser=teaser, rows=rows)


_MAX_TOOLBAR_WORDS = 8


def _toolbar(text: str) -> bool:
    """A short unpunctuated line ending in two of the page's buttons ("SocialTwist
    Tell-a-Friend Print this Page COMMENT"): a row of tools, not a heading."""
    words = text.split()
    if len(words) > _MAX_TOOLBAR_WORDS or not _unpunctuated(text):
        return False
    for k in range(len(words) - 1, 0, -1):
        if not _CHROME.match(" ".join(words[k:])):
            continue
        if any(_CHROME.match(" ".join(words[j:k])) for j in range(k)):
            return True
    return False


def _to_the_reader(text: str) -> bool:
    """News is written in the third person; "your" with "our" ("we", "this site") is the
    outlet's own box (not a quote or its translation: "(We spent our money, your money)")."""
    if text[:1] in "'‘(" or "‘" in text or _REPORTED.search(text):
        return False
    return bool(_YOU.search(text) and _WE.search(text))


def _shouted(line: str) -> bool:
    """A line of four words or more in capitals only: a link to another story or a banner
    ("FEMA HEAD DEFENDS LEE COUNTY ..."), never the article's prose."""
    return len(line.split()) >= 4 and line == line.upper() and line != line.lower()


def strip_glued_credit(line: str) -> str:
    """ "Martin Giles/BBCMs Robinson said ..." -> "Ms Robinson said ..." (a credit run in);
    "Article continues after this advertisementDuterte said" -> "Duterte said"."""
    line = strip_page_tags(strip_handle(strip_feed_head(strip_glued_labels(line))))
    line = strip_glued_byline(strip_desk_code(_CONTINUES.sub("", line, count=1)))
    line = strip_outlet_notes(line)
    line = strip_source_list(strip_trailing_aside(_strip_glued_chrome(line)))
    line = _GLUED_PLACEHOLDER.sub("", _GLUED_INITIALS.sub("", line, count=1))
    line = strip_desk_mark(strip_print_note(strip_wire_credit(line)))
    line = strip_link_notes(strip_run_in_caption(line))
    tail_free = strip_glued_tail(line)
    if tail_free != line and (not is_clutter_line(line) or not _is_quoteless(tail_free)):
        line = tail_free  # a credit that ends a caption (no quote in it) goes with it
    match = _GLUED_CREDIT.match(line)
    return line[match.end() :] if match else line


# "RCHT The new chairman has resigned": a label in capitals run into a sentence, which
# cannot open with a short form and then "The".
_GLUED_INITIALS = re.compile(r"^[A-Z]{2,6} (?=(?:The|A|An) [a-z])")
# "graphic Speaking at ...", "... consolidates. graphic": an image's placeholder word run
# into the paragraph under or over it.
_GLUED_PLACEHOLDER = re.compile(
    r"^(?:(?:graphic|image|photo|icon)\s+)+(?=[A-Z])|(?<=[.!?\"”])(?:\s+(?:graphic|image|photo|icon))+$"
)
# "Loading...But Mr Doe said": a widget's word run into the paragraph after it.
_GLUED_CHROME = re.compile(r"^([A-Z][\w ]{0,30}?(?:\.{3}|…))(?=[A-Z])")


def _strip_glued_chrome(line: str) -> str:
    """ "Loading...But Mr Doe said" -> "But Mr Doe said": page chrome glued to a paragraph."""
    match = _GLUED_CHROME.match(line)
    if match and _CHROME.match(match.group(1)):
        return line[match.end() :]
    return line


def _caption_sized(text: str) -> bool:
    return 0 < len(text) <= 250 and _is_quoteless(text) and not _shouted(text)


def _unpunctuated(text: str) -> bool:
    return bool(text) and text[-1] not in _TERMINAL


def _rule_or_credit(line: str) -> bool:
    return bool(line) and (not line.strip("| ") or bool(_CREDIT_LINE.match(line)))


# "Photo: Jane Roe", "(Image: Getty)", "Credit: PA", "JANE ROE": a credit on its own line.
_CREDIT_LABEL = re.compile(
    r"^\(?(?:photo|photograph|image|picture|pic|credit|illustration)s?(?: credit)?:"
    r"\s?[^()]{1,80}\)?$",
    re.IGNORECASE,
)
_CAPS_NAME = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,2}$")
_CAPS_FUNCTION = {w.upper() for w in ("the", "of", "and", "in", "on", "at", "to", "for")}
_CAPS_FUNCTION |= {"A", "AN", "BY", "WITH", "FROM", "IS", "ARE", "WAS"}


def is_credit_label(line: str) -> bool:
    """A photographer's credit alone on a line: a "Photo:" label, or a name in capitals."""
    if _CREDIT_LABEL.match(line):
        return True
    caps_name = bool(_CAPS_NAME.match(line)) and not set(line.split()) & _CAPS_FUNCTION
    return caps_name and not _CHROME.match(line)


_BARE_CREDIT_LABEL = re.compile(
    r"^(?:photo|photograph|image|picture|pic|credit|illustration)s?(?: credit)?:$", re.IGNORECASE
)


def _split_credit(lines: Sequence[str], i: int) -> bool:
    """A credit over two lines: "Photo:", then the photographer and agency under it."""
    if i + 1 >= len(lines) or not _BARE_CREDIT_LABEL.match(lines[i]):
        return False
    return bool(_CREDIT_LINE.match(lines[i + 1])) or is_credit_label(lines[i + 1])


def _credits(caption: str, credit: str) -> bool:
    """Whether `credit` signs the line before it: a "Photo:" label signs any short line, a
    name in capitals only a line with no final stop (a caption, not a paragraph)."""
    if _CREDIT_LABEL.match(credit) or _SIGNATURE.match(credit):
        return True
    return is_credit_label(credit) and _unpunctuated(caption)


# "©Oster Photos/Jon Roe.": a copyright sign and a photographer, alone on a line.
_SIGNATURE = re.compile(rf"^©\s?{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{0,3}}\s?/\s?[^/]{{1,60}}$")


def _copy_with_credit(line: str, nxt: str) -> bool:
    """Whether the next line prints this one again with a credit after it ("... April 28.",
    then "... April 28. REUTERS/Jane Roe/File Photo"): a caption shown twice."""
    return _caption_sized(line) and nxt.startswith(f"{line} ") and is_clutter_line(nxt)


def clutter_flags(
    lines: list[str], paragraphs: list[bool] | None = None, bullets: list[bool] | None = None
) -> list[bool]:
    """For each paragraph (credits already stripped), whether it is page clutter.

    Besides lines that are clutter on their own, this flags a line repeated right after
    itself (a caption shown twice; a headline repeated at the top keeps its first copy), an
    unpunctuated line next to a credit or a `|` rule (the caption the credit belongs to), a
    name alone just before its byline, and short unpunctuated lines trailing at the end
    (navigation); `paragraphs` says which lines are paragraphs (not list items or headings),
    the only ones that can be trailing navigation; `bullets` says which are list items (a
    list of three unpunctuated lines is the story's, three such paragraphs or headings in a
    row are links to other stories).
    """
    flags = [is_clutter_line(line) for line in lines]
    top = next(
        (i for i, flag in enumerate(flags) if lines[i] and (not flag or _teaser_only(lines[i]))),
        len(lines),
    )
    if top < len(lines) and flags[top]:
        flags[top] = False  # "UNC: Aldermen next week", "Floods - what we know - day two" on
        # top (under the page's chrome) are the headline, not a teaser or a row of cells
    if top < len(lines) and is_site_name(lines[top]):
        flags[top] = True  # "Government of Nordland" on top: the site's name, not the headline
    flag_captions_by_form(lines, flags)
    _flag_page_furniture(lines, flags)
    headline_above = False
    first = next((i for i, flag in enumerate(flags) if not flag), len(lines))
    # "News / Local" on the page's first line is a breadcrumb, not a credit: the line under
    # it is the headline, not a caption
    top_line = next((i for i, line in enumerate(lines) if line), len(lines))
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = lines[i - 1] if i else ""
        if i > 0 and _shouted(line) and not speaker_heading(line):
            flags[i] = True
        if i >= 2 and not flags[i - 2] and _runs_as_one(lines[i - 2]):
            headline_above = True  # a headline stands above the line before this one
        if headline_above and _is_dated(prev) and _unpunctuated(line) and len(line) <= 200:
            flags[i] = True  # under the headline and the time, a teaser: "BBC host calls out"
        if META_LABEL.match(prev) and _unpunctuated(line) and len(line) <= 200:
            flags[i] = True  # "Last updated", then the lead picture's caption
        if CAPTION_LABEL.match(prev) and _unpunctuated(line) and len(line) <= 200:
            flags[i] = True  # "Title Image Caption", then the caption
        if _LONE_BY.match(prev) and _NAME_ONLY.match(line):
            flags[i] = flags[i - 1] = True  # "By" / "Charles Cooper": a byline over two lines
            # (or a credit: "Photo by" / "Jane Roe")
        if DURATION.match(prev) and len(line) <= 300:
            flags[i] = True  # "Duration 2:02", then what the video shows
        if prev == line or (nxt == line and i != first):  # the top line keeps one copy
            flags[i] = True
        if i > first and flags[i + 1 : i + 2] == [True] and _copy_with_credit(line, nxt):
            flags[i] = True  # a caption, then the same caption with its credit
        crumb_above = i - 1 == top_line and bool(_CREDIT_LINE.match(prev))
        near = (_rule_or_credit(prev) and not crumb_above) or _rule_or_credit(nxt)
        # on top, a sentence with its stop over a credit is a caption, not the headline
        # (round 49)
        captioned = i > first or line[-1:] in ".!?"
        if captioned and _caption_sized(line) and _credits(line, nxt):
            flags[i] = flags[i + 1] = True  # a caption, then its credit on the next line
        if captioned and _caption_sized(line) and _split_credit(lines, i + 1):
            flags[i : i + 3] = [True] * 3  # a caption, "Photo:", then whose photo it is
        if i > first + 1 and is_credit_label(prev) and _unpunctuated(line) and len(line) <= 200:
            flags[i] = flags[i - 1] = True  # the credit, then the caption
        if near and _unpunctuated(line) and len(line) <= 200:
            flags[i] = True
        if i > first and _titles_a_prompt(line, nxt):
            flags[i] = True  # "Get the daily news", over "... delivered to your inbox"
        if is_byline(nxt) and _named_by(line, nxt):
            flags[i] = True  # the writer's name over the byline that names them
    plain = paragraphs or [True] * len(lines)
    bylines = [is_byline(line) for line in lines]
    dated = [b or _is_dated(x) or _is_meta_row(x) for b, x in zip(bylines, lines, strict=True)]
    headline_over_byline(lines, flags, dated)
    flag_by_position(lines, flags, plain, bylines)
    flag_label_over_list(lines, flags, bullets or [False] * len(lines))
    flag_doubled_top(lines, flags)
    flag_other_script(lines, flags)
    flag_repeated_captions(lines, flags)
    flag_card_teasers(lines, flags, bullets or [False] * len(lines))
    flag_dated_cards(lines, flags, bylines, [_is_dated(x) for x in lines])
    flag_cut_copies(lines, flags)
    flag_cut_teasers(lines, flags)
    flag_after_sign_off(lines, flags, bylines)
    announced = story_list(lines, flags)  # "... were:", then "Name, Office" lines: story
    flag_link_lists(lines, flags, [not b for b in bullets or [False] * len(lines)])
    for i in announced:
        flags[i] = False  # not links: the list the story's sentence announces
    for i, line in enumerate(lines):
        # the story's age alone, "2 years ago" (round 49): read after the link lists, which
        # count it among the unpunctuated links of a video's box it closes
        flags[i] = flags[i] or bool(_AGE_ALONE.match(line))
    flag_teasers_under_label(lines, flags, bullets or [False] * len(lines))
    flag_headline_under_label(lines, flags, bullets or [False] * len(lines), is_teaser_label)
    flag_empty_labels(lines, flags)
    flag_teasers_amid_story(lines, flags, bullets or [False] * len(lines))
    flag_cut_excerpts(lines, flags)
    flag_lowercase_labels(lines, flags, plain)
    flag_pull_quotes(lines, flags)
    flag_labels_over_furniture(lines, flags)
    flag_cut_embeds(lines, flags)
    flag_between_headline_and_story(lines, flags, plain)
    flag_above_headline(lines, flags, plain, bullets or [False] * len(lines))
    flag_teaser_cards(lines, flags, plain)  # after it: the cards' teasers are flagged
    flag_over_story(lines, flags, plain, bullets or [False] * len(lines))
    flag_headline_copies(lines, flags)
    flag_scene_captions(lines, flags)  # after them: a caption under a flagged one
    flag_comment_thread(lines, flags)
    flag_button_rows(lines, flags, bullets or [False] * len(lines))
    flag_keyword_rows(lines, flags)
    _flag_below_the_article(lines, flags)
    flag_below_wire_sign_off(lines, flags)
    flag_portrait_caption(lines, flags)
    flag_closing_headlines(lines, flags, bullets or [False] * len(lines))
    flag_gallery_captions(lines, flags)
    flag_gallery_counters(lines, flags)
    flag_between_copies(lines, flags)  # after every rule that flags a widget's copies
    # "Jane Roe and Jon Berg" below the headline: who is in the picture (after the rules that
    # read a caption's neighbours, which still see it as the page's line it was)
    for i in range(first + 1, len(lines)):
        flags[i] = flags[i] or is_name_pair_caption(lines[i])
    last = len(lines)
    items = bullets or [False] * len(lines)
    while (last > 0 and last - 1 not in announced) and (
        flags[last - 1]
        or ((plain[last - 1] or _lone(items, last - 1)) and _trailing(lines[last - 1]))
    ):
        flags[last - 1] = True
        last -= 1
    flag_writer_box(lines, flags)
    flag_off_topic_top(lines, flags)  # last: read against the story the other rules kept
    return flags


def _titles_a_prompt(line: str, nxt: str) -> bool:
    """A few unpunctuated words right over a newsletter or follow prompt: the box's title."""
    short = _unpunctuated(line) and len(line.split()) <= _MAX_TOOLBAR_WORDS
    prompt = len(nxt) <= 250 and _is_quoteless(nxt) and _PROMPT.search(nxt) is not None
    return short and prompt


def _teaser_only(line: str) -> bool:
    """A line that is clutter only as a teaser or a row of cells."""
    top_form = _TEASER.match(line) or is_non_prose_row(line)
    if glued_menu(line):
        return False  # a menu's links run together is never the headline (round 48)
    return bool(top_form) and not is_clutter_line(line, teaser=False, rows=False)


def _runs_as_one(line: str) -> bool:
    """An unpunctuated line with no sentence stop inside: a headline, not fragments."""
    return _unpunctuated(line) and not any(f"{stop} " in line for stop in ".!?")


def _lone(items: Sequence[bool], i: int) -> bool:
    """A list item with no other item next to it: no list, a link."""
    return items[i] and not (i > 0 and items[i - 1]) and not (i + 1 < len(items) and items[i + 1])


def _trailing(line: str) -> bool:
    """Below the story, a short line with no final stop is the page's (a link, "Click PLAY
    to hear the full interview"); not a paragraph that lost its stop ("... sandbags. By
    Monday Evening") nor a quote ('... this afternoon.\'', "“...” – a resident")."""
    if not _unpunctuated(line) or line.rstrip("'‘’")[-1:] in _TERMINAL:
        return False
    words = line.split()
    sentence_inside = any(f"{stop} " in line for stop in ".!?")
    quoted = not _is_quoteless(line) or line[:1] in "'‘"
    return len(words) <= 5 or (
        len(words) <= _MAX_TRAILING_WORDS and not (sentence_inside or quoted)
    )


_MAX_TRAILING_WORDS = 12


def _named_by(line: str, byline: str) -> bool:
    """Whether `byline` names the writer on `line` ("Jane Roe" over "By Jane Roe, Courier")."""
    if len(line) > 60:
        return False
    folded, named = line.casefold(), byline.casefold()
    return named.endswith(folded) or bool(_NAME_ONLY.match(line) and folded in named)


def _flag_below_the_article(lines: list[str], flags: list[bool]) -> None:
    """Below a poll on "this article" or the comment rules, the page shows other stories;
    so it does below the share buttons or the writer's box ("About the author") that follow
    the story's paragraphs (over the story, they are the page's head)."""
    story_began = False
    for i, line in enumerate(lines):
        below_story = story_began and (_SHARE_PROMPT.match(line) or _WRITER_BOX.match(line))
        if (i > 0 and ends_the_article(line)) or below_story:
            flags[i:] = [True] * (len(lines) - i)
            return
        story_began = story_began or (not flags[i] and _paragraph_of_prose(line))


_SHARE_PROMPT = re.compile(
    r"^share (?:this|the)(?: (?:article|story|post|page))?:?$", re.IGNORECASE
)

# "About the author": the writer's box under the story, then the page's offers and links.
_WRITER_BOX = re.compile(r"^about the (?:author|writer|reporter)s?:?$", re.IGNORECASE)


def _paragraph_of_prose(line: str) -> bool:
    return len(line) > 80 and not _unpunctuated(line)


_MIN_COPY = 60


def _copy_with_tail(line: str, other: str) -> bool:
    """ "The river burst its banks ... | X @jroe" beside "VARNHOLT: The river burst its
    banks ...": a paragraph printed again with a tail after a bar, the caption's credit."""
    text, bar, tail = line.rpartition(" | ")
    return bool(bar and tail) and len(text) >= _MIN_COPY and text in other


# "2 years ago", "Updated 7 months ago": the story's age in years or months on a line alone
# (its age in hours and days is `_is_timestamp`'s).
_AGE_ALONE = re.compile(
    r"^(?:updated |posted |published )?\d{1,3} (?:years?|months?) ago$", re.IGNORECASE
)


def _is_dated(line: str) -> bool:
    return _is_timestamp(line) or _is_timed_byline(line)


def _flag_page_furniture(lines: list[str], flags: list[bool]) -> None:
    """Lines that are clutter because of their neighbours: a caption shown first without
    its credit, a writer's name over a timestamp or an outlet line ("Lamiat Sabin" /
    "Saturday 19 November 2022 20:12 GMT"), a section label next to a timestamp ("Crime
    Trackers", "Consumer Electronics"), a place line by the date over the headline."""
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = lines[i - 1] if i else ""
        caption_then_credited = nxt != line and nxt.startswith(line) and len(line) >= 20
        if caption_then_credited and flags[i + 1] and _is_quoteless(line):
            flags[i] = True  # the caption, then the same caption with its credit
        credited_then_caption = i > 0 and prev != line and prev.startswith(line)
        if credited_then_caption and len(line) >= 20 and flags[i - 1] and _is_quoteless(line):
            flags[i] = True  # the caption with its credit, then the caption alone
        if _copy_with_tail(line, nxt) or _copy_with_tail(line, prev):
            flags[i] = True  # the lede printed as the photo's caption, its credit after a bar
        under_outlet = i > 0 and bool(_OUTLET_LINE.match(prev))  # "Courier News Service"
        # (under a bare "News" a title-case headline is no writer's name: "Ada Returns To Holm")
        under_outlet = under_outlet and not _HEADLINE_PREPOSITION.search(line)
        if _NAME_ONLY.match(line) and (_is_dated(nxt) or _OUTLET_LINE.match(nxt) or under_outlet):
            flags[i] = True
            if _OUTLET_LINE.match(nxt):
                flags[i + 1] = True
        if _PLACE_LINE.match(line) and (_is_dated(nxt) or (i > 0 and _is_dated(prev))):
            headline_below = any(
                _unpunctuated(below) and len(below.split()) >= 4 for below in lines[i + 1 : i + 4]
            )
            if headline_below:
                flags[i] = True  # "Ocho Rios, St. Ann. Jamaica" by the date, over the headline
        if _LABEL.match(line) and (_is_dated(nxt) or (i > 0 and _is_dated(prev))):
            after = lines[i + 2] if i + 2 < len(lines) else ""
            headline_follows = bool(after) and _unpunctuated(after) and len(after) <= 200
            if i > 0 or headline_follows:
                flags[i] = True
