from django.contrib import admin
from django.urls import include, path

from sessions_app.views import join, room

urlpatterns = [
    path("", join.home, name="home"),
    path("j/<str:code>/", join.join, name="join"),
    path("r/<str:code>/", room.board, name="room"),
    path("r/<str:code>/notes/", room.note_add, name="note_add"),
    path("f/<str:code>/", room.console, name="console"),
    path("f/<str:code>/link/", room.facilitator_link_renew, name="facilitator_link_renew"),
    path("f/<str:code>/<str:token>/", room.facilitator_link, name="facilitator_link"),
    path("healthz", room.health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
