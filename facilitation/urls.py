from django.contrib import admin
from django.urls import include, path

from sessions_app.views import join, privacy, room

urlpatterns = [
    path("", join.home, name="home"),
    path("j/<str:code>/", join.join, name="join"),
    path("r/<str:code>/", room.board, name="room"),
    path("r/<str:code>/notes/", room.note_add, name="note_add"),
    path("f/<str:code>/", room.console, name="console"),
    path("f/<str:code>/link/", room.facilitator_link_renew, name="facilitator_link_renew"),
    path("f/<str:code>/verwijderen/", privacy.room_delete, name="room_delete"),
    path("f/<str:code>/<str:token>/", room.facilitator_link, name="facilitator_link"),
    path("r/<str:code>/verlaten/", privacy.room_leave, name="room_leave"),
    path("e/<slug:slug>/verwijderen/", privacy.event_delete, name="event_delete"),
    path("privacy/", privacy.privacy_page, name="privacy"),
    path("healthz", room.health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
