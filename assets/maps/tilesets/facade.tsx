<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="facade" tilewidth="16" tileheight="16" tilecount="80" columns="16">
 <image source="../../sprites/tiles/facade.png" width="256" height="80"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="brick_1"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="brick_2"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="brick_3"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="stone_1"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="stone_2"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="stone_3"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="cornice_l"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="cornice_m"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="cornice_r"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="window_dark_1"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="window_lit_1"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="window_dark_2"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="window_lit_2"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="window_lit_3"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="window_figure"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="window_two_figures"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="window_tv"/>
  </properties>
  <animation>
   <frame tileid="16" duration="260"/>
   <frame tileid="17" duration="140"/>
   <frame tileid="18" duration="320"/>
   <frame tileid="19" duration="90"/>
  </animation>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="window_blink"/>
  </properties>
  <animation>
   <frame tileid="20" duration="3000"/>
   <frame tileid="21" duration="1200"/>
  </animation>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="penthouse_top_l"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="penthouse_low_l"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="penthouse_top_m"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="penthouse_low_m"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="penthouse_top_r"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="penthouse_low_r"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="penthouse_top_figure"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="penthouse_low_figure"/>
  </properties>
  <animation>
   <frame tileid="29" duration="1800"/>
   <frame tileid="30" duration="700"/>
  </animation>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="roof_edge_1"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="sky_top_1"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="sky_low_1"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="roof_edge_2"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="sky_top_2"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="sky_low_2"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="roof_edge_3"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="sky_top_3"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="sky_low_3"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[0,0]"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[1,0]"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[2,0]"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[0,1]"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[1,1]"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[2,1]"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[0,2]"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[1,2]"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="water_tower_silhouette[2,2]"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="fire_escape_landing"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="fire_escape_ladder"/>
  </properties>
 </tile>
</tileset>
