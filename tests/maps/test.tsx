<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="test" tilewidth="16" tileheight="16" tilecount="8" columns="8">
 <image source="test.png" width="128" height="16"/>
 <tile id="0"><properties><property name="surface" value="hard"/></properties></tile>
 <tile id="1"><objectgroup draworder="index"><object id="1" x="0" y="0" width="16" height="16"/></objectgroup></tile>
 <tile id="3"><animation><frame tileid="3" duration="250"/><frame tileid="4" duration="250"/></animation></tile>
 <tile id="5"><properties><property name="surface" value="soft"/></properties></tile>
</tileset>
