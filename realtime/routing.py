from django.urls import re_path

from . import consumers, event_consumer

websocket_urlpatterns = [
    re_path(r"^ws/room/(?P<code>[A-Za-z0-9]{1,12})/$", consumers.RoomConsumer.as_asgi()),
    re_path(r"^ws/room/(?P<code>[A-Za-z0-9]{1,12})/(?P<view>presenter)/$", consumers.RoomConsumer.as_asgi()),
    re_path(r"^ws/event/(?P<slug>[-a-zA-Z0-9_]{1,80})/(?:(?P<view>plenair)/)?$", event_consumer.EventConsumer.as_asgi()),
]
