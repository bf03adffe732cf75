from django.contrib import admin
from django.contrib.auth.views import LogoutView
from django.urls import include, path

from sessions_app.views import event_setup, events, join, privacy, room
from sessions_app.views import report as report_views
from sessions_app.views import presenter

urlpatterns = [
    path("", join.home, name="home"),
    path("j/<str:code>/", join.join, name="join"),
    path("r/<str:code>/", room.board, name="room"),
    path("r/<str:code>/notes/", room.note_add, name="note_add"),
    path("f/<str:code>/", room.console, name="console"),
    path("p/<str:code>/", presenter.presenter, name="presenter"),
    path("f/<str:code>/link/", room.facilitator_link_renew, name="facilitator_link_renew"),
    path("f/<str:code>/taal/", room.room_language, name="room_language"),
    path("f/<str:code>/verwijderen/", privacy.room_delete, name="room_delete"),
    path("f/<str:code>/verslag/", report_views.room_report, name="report"),
    path("f/<str:code>/verslag.<str:fmt>", report_views.room_download, name="report_download"),
    path("f/<str:code>/verslag/tekst/", report_views.report_edit, name="report_edit"),
    path("f/<str:code>/verslag/delen/", report_views.report_share, name="report_share"),
    path("f/<str:code>/verslag/namen/", report_views.report_names, name="report_names"),
    path("v/<str:token>/", report_views.shared_report, name="report_shared"),
    path("v/<str:token>/verslag.<str:fmt>", report_views.shared_download, name="report_shared_download"),
    path("e/<slug:slug>/krant/", report_views.krant, name="krant"),
    path("e/<slug:slug>/krant.<str:fmt>", report_views.krant_download, name="krant_download"),
    path("f/<str:code>/<str:token>/", room.facilitator_link, name="facilitator_link"),
    path("r/<str:code>/verlaten/", privacy.room_leave, name="room_leave"),
    path("e/<slug:slug>/verwijderen/", privacy.event_delete, name="event_delete"),
    path("privacy/", privacy.privacy_page, name="privacy"),
    # events
    path("inloggen/", events.OrganiserLogin.as_view(), name="organiser_login"),
    path("uitloggen/", LogoutView.as_view(template_name="events/logged_out.html"), name="organiser_logout"),
    path("e/", events.event_list, name="event_list"),
    path("e/new/", event_setup.event_new, name="event_new"),
    path("e/<slug:slug>/edit/", event_setup.event_edit, name="event_edit"),
    path("e/<slug:slug>/edit/ronde/", event_setup.round_add, name="event_round_add"),
    path("e/<slug:slug>/edit/ronde/<int:round_id>/", event_setup.round_edit, name="event_round_edit"),
    path("e/<slug:slug>/edit/ronde/<int:round_id>/deelsessies/", event_setup.rooms_add, name="event_rooms_add"),
    path("e/<slug:slug>/edit/ronde/<int:round_id>/verwijderen/", event_setup.round_delete, name="event_round_delete"),
    path("e/<slug:slug>/edit/deelsessie/<int:room_id>/", event_setup.room_edit, name="event_room_edit"),
    path("e/<slug:slug>/edit/deelsessie/<int:room_id>/verwijderen/", event_setup.room_delete, name="event_room_delete"),
    path("e/<slug:slug>/kies/", events.choose, name="event_choose"),
    path("e/<slug:slug>/overview/", events.overview, name="event_overview"),
    path("e/<slug:slug>/assign/", events.assign, name="event_assign"),
    path("e/<slug:slug>/plenair/", events.plenary, name="event_plenary"),
    path("e/<slug:slug>/plenair/presenter/", events.plenary, {"presenter": True}, name="event_plenary_presenter"),
    path("healthz", room.health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
